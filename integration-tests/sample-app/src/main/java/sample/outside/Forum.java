package sample.outside;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import sample.zoo.KeptChildCase;

/** Not soft-deleted, and removes its topics and stickies with it: their rows would be kept, with their key to it. */
@Entity(name = "Forum")
public class Forum {
    @Id
    public Long id;
    @OneToMany(mappedBy = "forum", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    public List<KeptChildCase.Topic> topics = new ArrayList<>();
    /** Its own join column, which may not be null: Hibernate deletes the stickies before the forum, never nulls it. */
    @OneToMany(cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @JoinColumn(name = "forum_id", nullable = false)
    public List<KeptChildCase.Sticky> stickies = new ArrayList<>();
}
