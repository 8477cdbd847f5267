package sample.outside;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the zoo's that its agent options do not select: it is deleted for good, as without the agent. */
@Entity(name = "Store")
public class Store {
    @Id
    public Long id;

    protected Store() {
    }

    public Store(Long id) {
        this.id = id;
    }
}
