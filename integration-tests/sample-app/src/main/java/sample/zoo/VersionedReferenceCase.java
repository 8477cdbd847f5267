package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

/**
 * A versioned entity removed without being loaded ({@code remove(getReference(id))}), which Hibernate does by id
 * alone, and removed after optimistic and pessimistic locks.
 */
public final class VersionedReferenceCase implements ZooCase {
    @Entity(name = "Contract")
    public static class Contract {
        @Id
        Long id;
        @Version
        int version;
        String title;

        protected Contract() {
        }

        Contract(Long id) {
            this.id = id;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Contract.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 6; id++) {
                em.persist(new Contract(id));
            }
        });
        observer.attempt("reference", em -> em.remove(em.getReference(Contract.class, 1L)));
        observer.attempt("pessimistic", em -> em.remove(em.find(Contract.class, 2L, LockModeType.PESSIMISTIC_WRITE)));
        observer.attempt("forceIncrement", em -> em.remove(em.find(Contract.class, 3L, LockModeType.OPTIMISTIC_FORCE_INCREMENT)));
        observer.attempt("lockedReference", em -> {
            Contract reference = em.getReference(Contract.class, 4L);
            em.lock(reference, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.remove(reference);
        });
        observer.attempt("loaded", em -> em.remove(em.find(Contract.class, 5L)));
        observer.read("ids", em -> em.createQuery("select c.id from Contract c", Long.class).getResultList());
    }
}
