package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import sample.shop.Customer;
import sample.shop.OrderLine;
import sample.shop.PurchaseOrder;

import static sample.Observations.observe;

/**
 * Threads, each with its own EntityManager per operation, running mixed operations on the same customers
 * and orders: finds, renames (which race on the version), removals, orphan removals, new orders, bulk
 * updates and queries. Counts what fails, by operation and exception, and writes the id of every row it
 * inserted ({@code table id} per line) for the test to find in the raw tables.
 * <p>
 * System properties: {@code sample.threads}, {@code sample.operations} (per thread), {@code sample.seed},
 * {@code sample.expectations}.
 */
final class ConcurrentWorkload {
    private static final int CUSTOMERS = 40;

    private final EntityManagerFactory emf;
    private final List<Long> customers = new ArrayList<>();
    private final Set<String> inserted = ConcurrentHashMap.newKeySet();
    private final Failures failures = new Failures();

    private ConcurrentWorkload(EntityManagerFactory emf) {
        this.emf = emf;
    }

    static void run(EntityManagerFactory emf) throws Exception {
        int threads = Integer.getInteger("sample.threads", 8);
        int operations = Integer.getInteger("sample.operations", 1000);
        long seed = Long.getLong("sample.seed", 1);
        ConcurrentWorkload workload = new ConcurrentWorkload(emf);
        workload.seed();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed + t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < operations; i++) {
                        workload.operation(random);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            // a failed thread must not leave the others keeping the JVM alive
            pool.shutdownNow();
        }
        observe("operations", threads * operations);
        observe("failures", workload.failures.byKind());
        workload.write(Path.of(System.getProperty("sample.expectations")));
    }

    private void seed() {
        for (int i = 0; i < CUSTOMERS; i++) {
            Customer customer = new Customer("c" + i);
            for (int j = 0; j < 3; j++) {
                customer.addOrder(j).getLines().add(new OrderLine("p", 1));
            }
            attempt("seed", em -> em.persist(customer));
            customers.add(customer.getId());
            record(customer);
        }
    }

    private void operation(Random random) {
        Long id = customers.get(random.nextInt(customers.size()));
        switch (random.nextInt(8)) {
            case 0 -> attempt("find", em -> em.find(Customer.class, id));
            case 1, 2 -> attempt("rename", em -> {
                Customer customer = em.find(Customer.class, id);
                if (customer != null) {
                    customer.setName("n" + random.nextInt(100));
                }
            });
            case 3 -> attempt("remove", em -> {
                Customer customer = em.find(Customer.class, id);
                if (customer != null) {
                    em.remove(customer);
                }
            });
            case 4 -> attempt("orphan", em -> {
                Customer customer = em.find(Customer.class, id);
                if (customer != null && !customer.getOrders().isEmpty()) {
                    customer.getOrders().remove(0);
                }
            });
            case 5 -> {
                PurchaseOrder[] added = new PurchaseOrder[1];
                if (attempt("add order", em -> {
                    Customer customer = em.find(Customer.class, id);
                    if (customer != null) {
                        added[0] = customer.addOrder(random.nextInt(100));
                        added[0].getLines().add(new OrderLine("q", 2));
                    }
                }) && added[0] != null) {
                    record(added[0]);
                }
            }
            case 6 -> attempt("bulk update", em -> em.createQuery(
                    "update PurchaseOrder o set o.amount = o.amount + 1 where o.customer.id = :id")
                    .setParameter("id", id).executeUpdate());
            default -> attempt("query", em -> em.createQuery(
                    "select o from PurchaseOrder o join o.customer c where c.id = :id", PurchaseOrder.class)
                    .setParameter("id", id).getResultList());
        }
    }

    private void record(Customer customer) {
        inserted.add("customer " + customer.getId());
        for (PurchaseOrder order : customer.getOrders()) {
            record(order);
        }
    }

    private void record(PurchaseOrder order) {
        inserted.add("purchase_order " + order.getId());
        for (OrderLine line : order.getLines()) {
            inserted.add("order_line " + line.getId());
        }
    }

    private boolean attempt(String operation, Consumer<EntityManager> work) {
        return failures.attempt(emf, operation, work);
    }

    private void write(Path path) {
        try {
            Files.write(path, inserted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
