package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * An eager to-one, which Hibernate fetches by a join, to a removed entity: the join reads the removed row into the
 * persistence context, and a lookup by id in that same persistence context must still not find it, while a live row
 * read the same way is found.
 */
public final class JoinFetchedLookupCase implements ZooCase {
    @Entity(name = "Keeper")
    public static class Keeper {
        @Id
        Long id;
        String name;

        protected Keeper() {
        }

        Keeper(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Entity(name = "Cage")
    public static class Cage {
        @Id
        Long id;
        @ManyToOne(fetch = FetchType.EAGER)
        Keeper keeper;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Keeper.class, Cage.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 2; id++) {
                Keeper keeper = new Keeper(id, "k" + id);
                em.persist(keeper);
                Cage cage = new Cage();
                cage.id = id;
                cage.keeper = keeper;
                em.persist(cage);
            }
        });
        observer.attempt("remove", em -> em.remove(em.find(Keeper.class, 1L)));
        observer.read("sameContext", em -> {
            List<Object> seen = new ArrayList<>();
            seen.add(em.find(Cage.class, 1L).keeper.name);
            seen.add(em.find(Keeper.class, 1L));
            seen.add(em.find(Keeper.class, 1L));
            seen.add(em.find(Cage.class, 2L).keeper.name);
            seen.add(em.find(Keeper.class, 2L).name);
            return seen;
        });
        observer.read("reference", em -> {
            em.find(Cage.class, 1L);
            return em.getReference(Keeper.class, 1L).name;
        });
    }
}
