package sample.zoo;

import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import sample.outside.Listing;

/**
 * A shared reference row (a kind of pet) that live rows reference, with no cascade and no {@code ON DELETE} action:
 * without the agent the database refuses to delete it; with the agent it is flagged, unless the option
 * {@code referencedRemoval=refuse} asks for the database's behaviour.
 */
public final class ReferencedCase implements ZooCase {
    @Entity(name = "Kind")
    public static class Kind {
        @Id
        Long id;
    }

    @Entity(name = "Animal")
    public static class Animal {
        @Id
        Long id;
        @ManyToOne
        Kind kind;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Kind unenforcedKind;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Kind.class, Animal.class, Listing.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            // kind 1: a live animal; 2: only a listing; 3: an animal removed first; 4: an animal removed with it;
            // 5: nothing; 6: an animal through a key the schema does not declare
            for (long id = 1; id <= 6; id++) {
                Kind kind = new Kind();
                kind.id = id;
                em.persist(kind);
            }
            animal(em, 1, em.find(Kind.class, 1L), null);
            Listing listing = new Listing();
            listing.id = 2L;
            listing.kind = em.find(Kind.class, 2L);
            em.persist(listing);
            animal(em, 3, em.find(Kind.class, 3L), null);
            animal(em, 4, em.find(Kind.class, 4L), null);
            animal(em, 6, null, em.find(Kind.class, 6L));
        });
        observer.attempt("referencedByAnimal", removeKind(1));
        observer.attempt("referencedByListing", removeKind(2));
        observer.attempt("animalRemovedFirst", em -> em.remove(em.find(Animal.class, 3L)));
        observer.attempt("referencedByRemovedAnimal", removeKind(3));
        observer.attempt("removedTogether", em -> {
            em.remove(em.find(Kind.class, 4L));
            em.remove(em.find(Animal.class, 4L));
        });
        observer.attempt("unreferenced", removeKind(5));
        observer.attempt("unenforcedReference", removeKind(6));
        observer.read("animal1.kind", em -> em.find(Animal.class, 1L).kind.id);
    }

    private static void animal(EntityManager em, long id, Kind kind, Kind unenforcedKind) {
        Animal animal = new Animal();
        animal.id = id;
        animal.kind = kind;
        animal.unenforcedKind = unenforcedKind;
        em.persist(animal);
    }

    private static Consumer<EntityManager> removeKind(long id) {
        return em -> em.remove(em.find(Kind.class, id));
    }
}
