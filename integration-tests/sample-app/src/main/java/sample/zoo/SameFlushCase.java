package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import sample.outside.Store;

/**
 * A row and the row it references removed in one flush, with no cascade between them. Hibernate nulls the foreign
 * key of the first before it deletes both, so that the deletes cannot break it; with both rows kept, the key stays.
 * A reference to a row deleted for good (an entity the agent does not soft-delete) is nulled as before.
 */
public final class SameFlushCase implements ZooCase {
    @Entity(name = "Shopper")
    public static class Shopper {
        @Id
        Long id;
    }

    @Entity(name = "Basket")
    public static class Basket {
        @Id
        Long id;
        @ManyToOne
        Shopper shopper;
        @ManyToOne
        Store store;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Shopper.class, Basket.class, Store.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Shopper shopper = new Shopper();
            shopper.id = 1L;
            em.persist(shopper);
            Store store = new Store(1L);
            em.persist(store);
            Basket basket = new Basket();
            basket.id = 1L;
            basket.shopper = shopper;
            basket.store = store;
            em.persist(basket);
        });
        observer.attempt("removeAll", em -> {
            em.remove(em.find(Shopper.class, 1L));
            em.remove(em.find(Store.class, 1L));
            em.remove(em.find(Basket.class, 1L));
        });
    }
}
