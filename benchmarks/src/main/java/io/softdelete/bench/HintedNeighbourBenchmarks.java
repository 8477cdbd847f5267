package io.softdelete.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steady-state reads of {@link ShopBenchmarks} (new session per call, unhinted), each call preceded, outside the
 * time measured, by a neighbour that reads removed rows: a session with the hint {@code softdelete.removed}, running
 * the same read, and a query with the hint on a session without it. Under {@code @SoftDelete} (b) Hibernate ignores
 * the hint, so the neighbour does what the measured call does; under the agent (c) its plans are its own. Run by
 * {@link HintDriver}; with {@code neighbours=false}, the same without the neighbour. Besides JMH's time, each fork
 * writes the bytes the measured calls allocated, per call, to {@code -Dbench.allocations} (JMH's own allocation
 * figure would count the neighbour's).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HintedNeighbourBenchmarks {
    private static final String HINT = "softdelete.removed";
    /** Measured calls per neighbour: often enough to interleave, rarely enough that its aftermath is not all there is. */
    static final int NEIGHBOUR_EVERY = 10;
    private static final String ORDERS_BETWEEN = "select o from PurchaseOrder o where o.amount between :low and :high";
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Param({"ANNOTATED", "AGENT"})
    public Variant variant;
    @Param({"true", "false"})
    public boolean neighbours;

    private SessionFactory sessions;
    private Class<?> customerType;
    private Class<?> orderType;
    private final SplittableRandom random = new SplittableRandom(42);
    private long allocated;
    private long nanos;
    private long calls;
    private long invocations;

    @Setup(Level.Trial)
    public void openShop() throws SQLException, ClassNotFoundException {
        String database = "hint-" + variant;
        customerType = Class.forName(variant.modelPackage + ".Customer");
        orderType = Class.forName(variant.modelPackage + ".PurchaseOrder");
        sessions = Shop.build(Shop.settings(database, "create"), customerType, orderType);
        try (Connection connection = DriverManager.getConnection(Shop.url(database), "sa", "")) {
            connection.setAutoCommit(false);
            Shop.seed(connection, variant);
            try (Statement statement = connection.createStatement()) {
                // a removed row in ten, for the neighbours to read
                statement.executeUpdate("update purchase_order set deleted = true where mod(id, 10) = 0");
                statement.executeUpdate("update customer set deleted = true where mod(id, 10) = 0");
            }
            connection.commit();
        }
    }

    @TearDown(Level.Trial)
    public void closeShop() throws IOException {
        sessions.close();
        String file = System.getProperty("bench.allocations");
        if (file != null) {
            Files.writeString(Path.of(file), (double) allocated / calls + " " + nanos / 1000.0 / calls);
        }
    }

    /**
     * The neighbour, before every {@link #NEIGHBOUR_EVERY}th call: a hinted session and a hinted query, each reading what
     * the measured calls read.
     */
    @Setup(Level.Invocation)
    public void neighbour() {
        if (!neighbours || invocations++ % NEIGHBOUR_EVERY != 0) {
            return;
        }
        try (Session session = sessions.openSession()) {
            session.setProperty(HINT, "include");
            session.find(customerType, 1L + random.nextInt(Shop.CUSTOMERS));
            ordersBetween(session, 10, false);
            count(session, false);
            // under @SoftDelete, which ignores the hint, a removed customer is not found
            if (session.find(customerType, 1L + random.nextInt(Shop.CUSTOMERS)) instanceof HasOrders customer) {
                customer.orderCount();
            }
        }
        try (Session session = sessions.openSession()) {
            ordersBetween(session, 10, true);
            count(session, true);
        }
    }

    @Benchmark
    public Object findById() {
        return measured(() -> {
            try (Session session = sessions.openSession()) {
                return session.find(customerType, liveCustomer());
            }
        });
    }

    @Benchmark
    public Object jpql10Rows() {
        return measured(() -> {
            try (Session session = sessions.openSession()) {
                return ordersBetween(session, 10, false);
            }
        });
    }

    @Benchmark
    public Object criteriaCount() {
        return measured(() -> {
            try (Session session = sessions.openSession()) {
                return count(session, false);
            }
        });
    }

    @Benchmark
    public Object lazyCollection() {
        return measured(() -> {
            try (Session session = sessions.openSession()) {
                return ((HasOrders) session.find(customerType, liveCustomer())).orderCount();
            }
        });
    }

    /** A customer the setup left live: the measured reads do what they do in {@link ShopBenchmarks}. */
    private long liveCustomer() {
        long id = 1L + random.nextInt(Shop.CUSTOMERS);
        return id % 10 == 0 ? id - 1 : id;
    }

    private Object measured(Supplier<Object> read) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = read.get();
        nanos += System.nanoTime() - start;
        allocated += THREADS.getCurrentThreadAllocatedBytes() - before;
        calls++;
        return result;
    }

    private int ordersBetween(Session session, int rows, boolean hinted) {
        int low = random.nextInt(Shop.ORDERS - rows);
        var query = session.createSelectionQuery(ORDERS_BETWEEN, orderType)
                .setParameter("low", low).setParameter("high", low + rows - 1);
        if (hinted) {
            query.setHint(HINT, "include");
        }
        return query.getResultList().size();
    }

    private long count(Session session, boolean hinted) {
        CriteriaBuilder cb = session.getCriteriaBuilder();
        CriteriaQuery<Long> criteria = cb.createQuery(Long.class);
        Root<?> order = criteria.from(orderType);
        criteria.select(cb.count(order)).where(cb.ge(order.get("amount"), random.nextInt(Shop.ORDERS)));
        var query = session.createQuery(criteria);
        if (hinted) {
            query.setHint(HINT, "include");
        }
        return query.getSingleResult();
    }
}
