package sample.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.stat.Statistics;

/**
 * The second-level cache (JCache, Ehcache 3) and the query cache, with entities and collections cached
 * {@code READ_WRITE}. Each customer has a scenario of her own: most are removed (or bulk-deleted, or deleted by a
 * stateless session), then reached from a purchase or an invoice in another EntityManager, then looked up in a
 * third; the others have cached collections whose elements are removed, are listed by a cached query, or stay
 * live. {@code <key>.hits} is the number of second-level cache hits of a read.
 */
public final class SecondLevelCacheCase implements ZooCase {
    /** The hint by which an application reads removed rows. */
    private static final String REMOVED = "softdelete.removed";
    private Observer observer;
    private Statistics statistics;

    @Entity(name = "Customer")
    @Cacheable
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    public static class Customer {
        @Id
        Long id;
        String name;
        @OneToMany(mappedBy = "customer")
        @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
        List<Purchase> purchases = new ArrayList<>();
        @OneToMany(mappedBy = "customer")
        @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
        List<Gift> gifts = new ArrayList<>();

        protected Customer() {
        }

        Customer(Long id, String name) {
            this.id = id;
            this.name = name;
        }

        // a lazy to-one's proxy loads its target on a method call, not on a field read
        public String name() {
            return name;
        }

        public void rename(String name) {
            this.name = name;
        }
    }

    @Entity(name = "Purchase")
    @Cacheable
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    public static class Purchase {
        @Id
        Long id;
        @ManyToOne(fetch = FetchType.LAZY)
        Customer customer;

        protected Purchase() {
        }

        Purchase(Long id, Customer customer) {
            this.id = id;
            this.customer = customer;
        }
    }

    @Entity(name = "Gift")
    public static class Gift extends Purchase {
        protected Gift() {
        }

        Gift(Long id, Customer customer) {
            super(id, customer);
        }
    }

    @Entity(name = "Invoice")
    @Cacheable
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    public static class Invoice {
        @Id
        Long id;
        @ManyToOne
        Customer customer;

        protected Invoice() {
        }

        Invoice(Long id, Customer customer) {
            this.id = id;
            this.customer = customer;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Customer.class, Purchase.class, Gift.class, Invoice.class);
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("hibernate.cache.use_second_level_cache", "true",
                "hibernate.cache.use_query_cache", "true",
                "hibernate.cache.region.factory_class", "jcache",
                "hibernate.javax.cache.provider", "org.ehcache.jsr107.EhcacheCachingProvider",
                "hibernate.javax.cache.missing_cache_strategy", "create",
                "hibernate.generate_statistics", "true");
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        this.observer = observer;
        this.statistics = emf.unwrap(SessionFactory.class).getStatistics();
        observer.inTransaction(em -> {
            String[] names = {"ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "joe", "kay"};
            for (int i = 1; i <= names.length; i++) {
                em.persist(new Customer((long) i, names[i - 1]));
            }
            em.persist(new Purchase(10L, em.find(Customer.class, 1L)));
            em.persist(new Invoice(20L, em.find(Customer.class, 2L)));
            em.persist(new Purchase(30L, em.find(Customer.class, 3L)));
            em.persist(new Purchase(40L, em.find(Customer.class, 4L)));
            em.persist(new Purchase(41L, em.find(Customer.class, 4L)));
            em.persist(new Purchase(42L, em.find(Customer.class, 4L)));
            em.persist(new Purchase(70L, em.find(Customer.class, 7L)));
            em.persist(new Purchase(80L, em.find(Customer.class, 8L)));
            em.persist(new Purchase(90L, em.find(Customer.class, 9L)));
            em.persist(new Purchase(91L, em.find(Customer.class, 9L)));
            em.persist(new Invoice(92L, em.find(Customer.class, 9L)));
            em.persist(new Purchase(100L, em.find(Customer.class, 10L)));
            em.persist(new Purchase(110L, em.find(Customer.class, 11L)));
            em.persist(new Gift(111L, em.find(Customer.class, 11L)));
            em.persist(new Gift(112L, em.find(Customer.class, 11L)));
        });
        emf.getCache().evictAll();

        removedThenReached("lazy", 1L, em -> em.remove(em.find(Customer.class, 1L)),
                em -> em.find(Purchase.class, 10L).customer.name());
        removedThenReached("eager", 2L, em -> em.remove(em.find(Customer.class, 2L)),
                em -> em.find(Invoice.class, 20L).customer.name());
        removedThenReached("joinFetch", 3L, em -> em.remove(em.find(Customer.class, 3L)),
                em -> em.createQuery("from Purchase p join fetch p.customer where p.id = 30", Purchase.class)
                        .getSingleResult().customer.name());
        removedThenReached("bulk", 7L,
                em -> observer.observe("bulk.deleted", em.createQuery("delete from Customer c where c.id = 7").executeUpdate()),
                em -> em.find(Purchase.class, 70L).customer.name());
        removedThenReached("stateless", 8L, em -> statelessDelete(emf, Customer.class, 8L),
                em -> em.find(Purchase.class, 80L).customer.name());

        observer.attempt("change.remove", em -> em.remove(em.find(Customer.class, 10L)));
        // as once the lock the removal left on the cache entry has expired
        emf.getCache().evictAll();
        observer.attempt("change.rename", em -> em.find(Purchase.class, 100L).customer.rename("joey"));
        read("change.find", em -> name(em.find(Customer.class, 10L)));

        read("collection.fill", em -> purchases(em, 4L));
        read("collection.cached", em -> purchases(em, 4L));
        observer.attempt("collection.remove", em -> em.remove(em.find(Purchase.class, 40L)));
        read("collection.afterRemove", em -> purchases(em, 4L));
        read("collection.again", em -> purchases(em, 4L));
        observer.attempt("collection.stateless", em -> statelessDelete(emf, Purchase.class, 41L));
        read("collection.afterStateless", em -> purchases(em, 4L));
        observer.attempt("collection.bulk", em -> observer.observe("collection.deleted",
                em.createQuery("delete from Purchase p where p.id = 42").executeUpdate()));
        read("collection.afterBulk", em -> purchases(em, 4L));

        // Hibernate's own clean-up of a bulk delete evicts the collections of the type it names, not of its supertype or subtype
        read("inherited.fill", em -> purchasesAndGifts(em, 11L));
        read("inherited.cached", em -> purchasesAndGifts(em, 11L));
        observer.attempt("inherited.bulkGift", em -> observer.observe("inherited.giftsDeleted",
                em.createQuery("delete from Gift g where g.id = 111").executeUpdate()));
        read("inherited.afterBulkGift", em -> purchasesAndGifts(em, 11L));
        observer.attempt("inherited.bulkPurchase", em -> observer.observe("inherited.purchasesDeleted",
                em.createQuery("delete from Purchase p where p.id = 112").executeUpdate()));
        read("inherited.afterBulkPurchase", em -> purchasesAndGifts(em, 11L));

        queryCache(emf);
        liveRows(emf);
        hinted(emf);
    }

    /**
     * Reads of removed rows (the hint {@code softdelete.removed}) put nothing into the cache: after them, a session
     * without the hint finds ann (removed) neither in the cache nor at all, and Dan's purchases (all removed) empty.
     */
    private void hinted(EntityManagerFactory emf) {
        emf.getCache().evictAll();
        read("hinted.query", em -> em.createQuery("from Customer c where c.id = 1", Customer.class)
                .setHint(REMOVED, "include").getResultList().stream().map(customer -> customer.name).toList());
        read("hinted.stream", em -> em.createQuery("from Customer c where c.id = 1", Customer.class)
                .setHint(REMOVED, "include").getResultStream().map(customer -> customer.name).toList());
        read("hinted.findAfterQuery", em -> name(em.find(Customer.class, 1L)));
        read("hinted.session", em -> {
            em.setProperty(REMOVED, "include");
            return name(em.find(Customer.class, 1L)) + " " + purchases(em, 4L);
        });
        read("hinted.findAfterSession", em -> name(em.find(Customer.class, 1L)));
        read("hinted.collectionAfterSession", em -> purchases(em, 4L));
        // now the cache holds Dan's live purchases (none): a hinted session reads past it
        read("hinted.sessionAfterCache", em -> {
            em.setProperty(REMOVED, "include");
            return purchases(em, 4L);
        });
    }

    /** Warms the cache with the customer, removes it, reaches it from a live row, then finds and counts it. */
    private void removedThenReached(String scenario, long id, Consumer<EntityManager> removal,
                                    Function<EntityManager, Object> reach) {
        read(scenario + ".warm", em -> name(em.find(Customer.class, id)));
        observer.attempt(scenario + ".remove", removal);
        read(scenario + ".reach", reach);
        read(scenario + ".reachAgain", reach);
        read(scenario + ".find", em -> name(em.find(Customer.class, id)));
        read(scenario + ".count", em -> em.createQuery("select count(c) from Customer c where c.id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    /** Eve and Fay are referenced by nothing: a removal and a bulk delete of theirs work without the agent too. */
    private void queryCache(EntityManagerFactory emf) {
        readCachedNames("query.fill");
        readCachedNames("query.cached");
        read("query.warm", em -> name(em.find(Customer.class, 5L)));
        observer.attempt("query.remove", em -> em.remove(em.find(Customer.class, 5L)));
        readCachedNames("query.afterRemove");
        read("query.find", em -> name(em.find(Customer.class, 5L)));
        observer.attempt("query.bulk",
                em -> observer.observe("query.deleted", em.createQuery("delete from Customer c where c.id = 6").executeUpdate()));
        readCachedNames("query.afterBulk");
        emf.getCache().evictAll();
    }

    /** Ivy, her purchases and her invoice stay live: they are cached as without the agent. */
    private void liveRows(EntityManagerFactory emf) {
        read("live.find", em -> name(em.find(Customer.class, 9L)));
        read("live.findAgain", em -> name(em.find(Customer.class, 9L)));
        read("live.reach", em -> em.find(Purchase.class, 90L).customer.name());
        read("live.collection", em -> purchases(em, 9L));
        read("live.collectionAgain", em -> purchases(em, 9L));
        emf.getCache().evictAll();
        read("live.entityQuery", em -> em.createQuery("from Customer c where c.name = 'ivy'", Customer.class)
                .getResultList().size());
        read("live.findAfterQuery", em -> name(em.find(Customer.class, 9L)));
        emf.getCache().evictAll();
        read("live.eager", em -> em.find(Invoice.class, 92L).customer.name());
        read("live.findAfterEager", em -> name(em.find(Customer.class, 9L)));
    }

    /** Observes what the read returns and, as {@code <key>.hits}, the second-level cache hits it had. */
    private void read(String key, Function<EntityManager, Object> work) {
        long hits = statistics.getSecondLevelCacheHitCount();
        observer.read(key, work);
        observer.observe(key + ".hits", statistics.getSecondLevelCacheHitCount() - hits);
    }

    /** Observes the names of Eve and Fay, read through the query cache, and its hits as {@code <key>.queryHits}. */
    private void readCachedNames(String key) {
        long queryHits = statistics.getQueryCacheHitCount();
        read(key, em -> em.createQuery("from Customer c where c.id in (5, 6) order by c.id", Customer.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList().stream().map(customer -> customer.name).toList());
        observer.observe(key + ".queryHits", statistics.getQueryCacheHitCount() - queryHits);
    }

    private static void statelessDelete(EntityManagerFactory emf, Class<?> entity, long id) {
        try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
            session.getTransaction().begin();
            session.delete(session.get(entity, id));
            session.getTransaction().commit();
        }
    }

    private static List<Long> purchases(EntityManager em, long customer) {
        return em.find(Customer.class, customer).purchases.stream().map(purchase -> purchase.id).sorted().toList();
    }

    private static String purchasesAndGifts(EntityManager em, long customer) {
        Customer found = em.find(Customer.class, customer);
        return purchases(em, customer) + " " + found.gifts.stream().map(gift -> gift.id).sorted().toList();
    }

    private static String name(Customer customer) {
        return customer == null ? null : customer.name;
    }
}
