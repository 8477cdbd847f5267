package sample.outside;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import sample.zoo.JoinsCase;

/** Not soft-deleted: one side of a join whose other side is. */
@Entity(name = "Walker")
public class Walker {
    @Id
    public Long id;
    @ManyToOne
    public JoinsCase.Pet pet;

    protected Walker() {
    }

    public Walker(Long id, JoinsCase.Pet pet) {
        this.id = id;
        this.pet = pet;
    }
}
