package sample.outside;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import sample.zoo.CollectionRewriteCase;

/** The owner of the zoo's collections of soft-deleted elements that Hibernate rewrites; deleted for good itself. */
@Entity(name = "Shelf")
public class Shelf {
    @Id
    public Long id;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "shelf_id")
    public Set<CollectionRewriteCase.Jar> jars = new HashSet<>();
    @OneToMany
    @JoinColumn(name = "loose_shelf_id")
    public Set<CollectionRewriteCase.Jar> loose = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "shelf_label")
    public List<CollectionRewriteCase.Label> labels = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "shelf_tag")
    public Set<CollectionRewriteCase.Label> tags = new HashSet<>();

    protected Shelf() {
    }

    public Shelf(Long id) {
        this.id = id;
    }
}
