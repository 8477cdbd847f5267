package sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import io.softdelete.api.SoftDeletes;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.SelectionQuery;
import sample.shop.Customer;
import sample.shop.OrderLine;
import sample.shop.PurchaseOrder;

import static sample.Observations.observe;

/**
 * The part of the shop that reads removed rows through the hint {@code softdelete.removed}, after the removals of
 * {@link Scenarios#journalRemovals}: on an EntityManager, on one query, and next to sessions that do not ask.
 */
final class RemovedReads {
    private static final String HINT = SoftDeletes.REMOVED_HINT;

    private RemovedReads() {
    }

    static void run(EntityManagerFactory emf) {
        long alice = idOf(emf, "alice");
        long bob = idOf(emf, "bob");
        Scenarios.journalRemovals(emf);
        onEntityManager(emf, SoftDeletes.INCLUDE, alice, bob);
        onEntityManager(emf, SoftDeletes.ONLY, alice, bob);
        onQuery(emf, alice);
        refusals(emf);
        pooled(emf);
        changeAHintedCollection(emf, alice);
        removeInHintedEntityManager(emf, bob);
        Scenarios.visible(emf);
    }

    /** A hinted EntityManager changes alice's orders, which it read with her removed ones: refused, nothing written. */
    private static void changeAHintedCollection(EntityManagerFactory emf, long alice) {
        EntityManager em = emf.createEntityManager(Map.of(HINT, SoftDeletes.INCLUDE));
        try {
            em.getTransaction().begin();
            em.find(Customer.class, alice).getOrders().remove(0);
            em.getTransaction().commit();
            observe("hinted.collectionWrite", "ok");
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !String.valueOf(cause.getMessage()).startsWith("soft-delete-agent:")) {
                cause = cause.getCause();
            }
            observe("hinted.collectionWrite", cause.getMessage());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** A hinted EntityManager removes bob: the removal cascades to his live order, not to the line removed before. */
    private static void removeInHintedEntityManager(EntityManagerFactory emf, long bob) {
        EntityManager em = emf.createEntityManager(Map.of(HINT, SoftDeletes.INCLUDE));
        try {
            em.getTransaction().begin();
            em.remove(em.find(Customer.class, bob));
            em.getTransaction().commit();
            observe("hinted.remove", "ok");
        } catch (RuntimeException e) {
            observe("hinted.remove", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void onEntityManager(EntityManagerFactory emf, String mode, long alice, long bob) {
        String key = "em." + mode + ".";
        EntityManager em = mode.equals(SoftDeletes.INCLUDE) ? emf.createEntityManager() : emf.createEntityManager(Map.of(HINT, mode));
        try {
            if (mode.equals(SoftDeletes.INCLUDE)) {
                em.setProperty(HINT, mode);
            }
            observe(key + "customers", customers(em));
            observe(key + "criteria.orders", amounts(em));
            observe(key + "count.lines", em.createQuery("select count(l) from OrderLine l", Long.class).getSingleResult());
            observe(key + "named", names(em.createNamedQuery("Customer.byName", Customer.class).setParameter("name", "%")
                    .getResultList()));
            observe(key + "join", em.createQuery("select l.product from PurchaseOrder o join o.lines l join o.customer c"
                    + " where c.name = 'alice' order by l.product", String.class).getResultList());
            Customer found = em.find(Customer.class, alice);
            observe(key + "find.alice", found == null ? "null" : found.getName());
            observe(key + "find.bob", name(em.find(Customer.class, bob)));
            if (found != null) {
                observe(key + "collection.orders", new TreeSet<>(found.getOrders().stream().map(PurchaseOrder::getAmount).toList()));
                observe(key + "collection.lines", new TreeSet<>(found.getOrders().stream()
                        .flatMap(order -> order.getLines().stream()).map(OrderLine::getProduct).toList()));
            }
            em.clear();
            observe(key + "reference.alice", outcome(() -> em.getReference(Customer.class, alice).getName()));
            em.clear();
            observe(key + "reference.bob", outcome(() -> em.getReference(Customer.class, bob).getName()));
        } finally {
            em.close();
        }
    }

    private static int cachedPlans(EntityManagerFactory emf) {
        return emf.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
    }

    private static void onQuery(EntityManagerFactory emf, long alice) {
        EntityManager em = emf.createEntityManager();
        try {
            String jpql = "select c from Customer c order by c.id";
            observe("query.before", customers(em));
            observe("query.include", names(em.createQuery(jpql, Customer.class).setHint(HINT, SoftDeletes.INCLUDE).getResultList()));
            observe("query.only", names(em.createQuery(jpql, Customer.class).setHint(HINT, SoftDeletes.ONLY).getResultList()));
            // a text no other read runs: the plans each value caches, a plan of its own, taken from the cache when repeated
            String byName = "select c from Customer c where c.name <> 'nobody' order by c.name";
            int plans = cachedPlans(emf);
            em.createQuery(byName, Customer.class).getResultList();
            int unhinted = cachedPlans(emf);
            em.createQuery(byName, Customer.class).setHint(HINT, SoftDeletes.INCLUDE).getResultList();
            int include = cachedPlans(emf);
            em.createQuery(byName, Customer.class).setHint(HINT, SoftDeletes.ONLY).getResultList();
            int only = cachedPlans(emf);
            observe("query.repeated", names(em.createQuery(byName, Customer.class).setHint(HINT, SoftDeletes.INCLUDE).getResultList())
                    + " " + names(em.createQuery(byName, Customer.class).setHint(HINT, SoftDeletes.ONLY).getResultList())
                    + " " + names(em.createQuery(byName, Customer.class).getResultList()));
            observe("query.plansCached", (unhinted - plans) + " " + (include - unhinted) + " " + (only - include) + " "
                    + (cachedPlans(emf) - only));
            // the same query text, unhinted, in the same session and then in another: the plan of neither is the hinted one
            observe("query.after", customers(em));
            observe("query.otherSession", Scenarios.read(emf, RemovedReads::customers));
            observe("query.only.count", em.createQuery("select count(o) from PurchaseOrder o", Long.class)
                    .setHint(HINT, SoftDeletes.ONLY).getSingleResult());
            observe("query.only.resultCount", em.createQuery("select distinct c from Customer c", Customer.class)
                    .setHint(HINT, SoftDeletes.ONLY).unwrap(SelectionQuery.class).getResultCount());
            observe("query.stream", em.createQuery("select l.product from OrderLine l order by l.product", String.class)
                    .setHint(HINT, SoftDeletes.INCLUDE).getResultStream().toList());
            observe("query.find.afterwards", name(em.find(Customer.class, alice)));
        } finally {
            em.close();
        }
    }

    private static void refusals(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            observe("refused.query", outcome(() -> em.createQuery("select c from Customer c", Customer.class).setHint(HINT, "all")));
            observe("refused.em", failure(() -> em.setProperty(HINT, "yes")));
            observe("refused.onlyUnconfigured", outcome(() -> em.createQuery("select t from Tag t").setHint(HINT, SoftDeletes.ONLY)
                    .getResultList()));
            observe("refused.after", customers(em));
        } finally {
            em.close();
        }
    }

    /** Hinted and unhinted sessions on the threads of one pool, each running the same query: none sees another's hint. */
    private static void pooled(EntityManagerFactory emf) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger unhinted = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean hinted = i % 2 == 0;
                work.add(pool.submit(() -> {
                    EntityManager em = hinted ? emf.createEntityManager(Map.of(HINT, SoftDeletes.INCLUDE)) : emf.createEntityManager();
                    try {
                        List<String> seen = customers(em);
                        if (!seen.equals(hinted ? List.of("alice", "bob", "carol") : List.of("bob", "carol"))) {
                            wrong.incrementAndGet();
                        }
                        if (!hinted) {
                            unhinted.incrementAndGet();
                        }
                    } finally {
                        em.close();
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        observe("pooled.unhinted", unhinted.get());
        observe("pooled.wrong", wrong.get());
    }

    private static long idOf(EntityManagerFactory emf, String name) {
        return Scenarios.read(emf, em -> em.createQuery("select c.id from Customer c where c.name = :name", Long.class)
                .setParameter("name", name).getSingleResult());
    }

    private static List<String> customers(EntityManager em) {
        return names(em.createQuery("select c from Customer c order by c.id", Customer.class).getResultList());
    }

    private static List<Integer> amounts(EntityManager em) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<PurchaseOrder> order = query.from(PurchaseOrder.class);
        query.select(order.get("amount")).orderBy(cb.asc(order.get("amount")));
        return em.createQuery(query).getResultList();
    }

    private static List<String> names(List<Customer> customers) {
        return customers.stream().map(Customer::getName).toList();
    }

    private static String name(Customer customer) {
        return customer == null ? "null" : customer.getName();
    }

    private static String outcome(Supplier<Object> action) {
        try {
            return String.valueOf(action.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String failure(Runnable action) {
        return outcome(() -> {
            action.run();
            return "none";
        });
    }
}
