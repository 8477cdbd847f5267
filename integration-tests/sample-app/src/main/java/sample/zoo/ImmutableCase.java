package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * An entity Hibernate never updates ({@code @Immutable}), on a table of its own: it may still be removed, which
 * Hibernate does by a DELETE; the agent's removal is an update of the flag alone, by {@code remove} and by a bulk
 * {@code delete}.
 */
public final class ImmutableCase implements ZooCase {
    @Entity(name = "Rate")
    @Immutable
    public static class Rate {
        @Id
        Long id;
        double percent;

        protected Rate() {
        }

        Rate(Long id, double percent) {
            this.id = id;
            this.percent = percent;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Rate.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 3; id++) {
                em.persist(new Rate(id, id));
            }
        });
        observer.attempt("remove", em -> em.remove(em.find(Rate.class, 1L)));
        observer.bulk("bulkDelete", "delete from Rate r where r.id = 2");
        observer.lookups("rate", Rate.class, 1L);
        observer.query("rates", "select r.percent from Rate r");
    }
}
