package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import sample.outside.Forum;

/**
 * An entity the agent does not soft-delete cascades its removal to soft-deleted children that hold the foreign key
 * to it, by a {@code mappedBy} to-one or by the owner's own join column that may not be null: they would be flagged
 * and kept, key and all, and the owner's DELETE would fail on the key every time. The agent refuses the unit and
 * names each association.
 */
public final class KeptChildCase implements ZooCase {
    @Entity(name = "Topic")
    public static class Topic {
        @Id
        public Long id;
        @ManyToOne
        public Forum forum;
    }

    @Entity(name = "Sticky")
    public static class Sticky {
        @Id
        public Long id;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Forum.class, Topic.class, Sticky.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Forum forum = new Forum();
            forum.id = 1L;
            Topic topic = new Topic();
            topic.id = 1L;
            topic.forum = forum;
            forum.topics.add(topic);
            Sticky sticky = new Sticky();
            sticky.id = 1L;
            forum.stickies.add(sticky);
            em.persist(forum);
        });
        observer.attempt("removeForum", em -> em.remove(em.find(Forum.class, 1L)));
        observer.read("topics", em -> em.createQuery("select count(t) from Topic t", Long.class).getSingleResult());
        observer.read("stickies", em -> em.createQuery("select count(s) from Sticky s", Long.class).getSingleResult());
    }
}
