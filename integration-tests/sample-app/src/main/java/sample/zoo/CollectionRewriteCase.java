package sample.zoo;

import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import sample.outside.Shelf;

/**
 * Collections of soft-deleted elements that Hibernate writes row by row or rewrites whole, of an owner that stays:
 * orphans of a one-to-many by join column (one taken out, then the collection cleared), an element removed while
 * in a collection, a many-to-many bag (rewritten on any change) and set (emptied). Then the owner is deleted for
 * good, with its collections.
 */
public final class CollectionRewriteCase implements ZooCase {
    @Entity(name = "Jar")
    public static class Jar {
        @Id
        Long id;

        protected Jar() {
        }

        Jar(Long id) {
            this.id = id;
        }
    }

    @Entity(name = "Label")
    public static class Label {
        @Id
        Long id;

        protected Label() {
        }

        Label(Long id) {
            this.id = id;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Jar.class, Label.class, Shelf.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Shelf first = new Shelf(1L);
            Shelf second = new Shelf(2L);
            Stream.of(1L, 2L, 3L).forEach(id -> first.jars.add(new Jar(id)));
            Stream.of(4L, 5L).forEach(id -> {
                Jar jar = new Jar(id);
                em.persist(jar);
                first.loose.add(jar);
            });
            second.jars.add(new Jar(6L));
            Stream.of(1L, 2L, 3L).forEach(id -> {
                Label label = new Label(id);
                em.persist(label);
                first.labels.add(label);
                first.tags.add(label);
            });
            second.labels.add(em.find(Label.class, 1L));
            em.persist(first);
            em.persist(second);
        });
        observer.attempt("orphan", em -> em.find(Shelf.class, 1L).jars.removeIf(jar -> jar.id == 1L));
        observer.attempt("removeLoose", em -> em.remove(em.find(Jar.class, 4L)));
        observer.attempt("removeLabel", em -> em.remove(em.find(Label.class, 1L)));
        observer.attempt("rewrite", em -> {
            Shelf shelf = em.find(Shelf.class, 1L);
            shelf.labels.removeIf(label -> label.id == 2L);
            shelf.tags.clear();
            shelf.loose.clear();
            shelf.jars.clear();
        });
        observer.read("labels", em -> em.find(Shelf.class, 1L).labels.stream().map(label -> label.id).toList());
        observer.read("jars", em -> em.createQuery("select j.id from Jar j order by j.id", Long.class).getResultList());
        observer.attempt("removeShelf", em -> em.remove(em.find(Shelf.class, 2L)));
    }
}
