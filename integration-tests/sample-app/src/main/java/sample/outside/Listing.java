package sample.outside;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import sample.zoo.ReferencedCase;

/** Not soft-deleted: a live listing references a kind, as rows of any entity can. */
@Entity(name = "Listing")
public class Listing {
    @Id
    public Long id;
    @ManyToOne
    public ReferencedCase.Kind kind;
}
