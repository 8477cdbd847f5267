package io.softdelete.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
 * The steady-state workloads, each with a new session per call. The variant is a parameter; the driver
 * runs each variant in its own JVM, the agent's with {@code -javaagent}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShopBenchmarks {
    static final int REMOVALS_PER_ITERATION = 500;
    static final int BULK_DELETES_PER_ITERATION = 20;
    static final int BULK_DELETE_ROWS = 100;
    static final int WRITE_WARMUP_ITERATIONS = 5;
    static final int WRITE_MEASUREMENT_ITERATIONS = 10;
    /** Every warm-up and measurement iteration of a write benchmark needs spare rows of its own. */
    static final int WRITE_ITERATIONS = WRITE_WARMUP_ITERATIONS + WRITE_MEASUREMENT_ITERATIONS;
    private static final String ORDERS_BETWEEN = "select o from PurchaseOrder o where o.amount between :low and :high";

    @Param({"PLAIN", "ANNOTATED", "AGENT"})
    public Variant variant;

    private SessionFactory sessions;
    private Class<?> customerType;
    private Class<?> orderType;
    private final SplittableRandom random = new SplittableRandom(42);
    private long nextRemoval = Shop.FIRST_SPARE_ORDER;
    private int nextBatch = 1;

    @Setup(Level.Trial)
    public void openShop() throws Exception {
        String database = "shop-" + variant;
        customerType = Class.forName(variant.modelPackage + ".Customer");
        orderType = Class.forName(variant.modelPackage + ".PurchaseOrder");
        sessions = Shop.build(Shop.settings(database, "create"), customerType, orderType);
        try (Connection connection = DriverManager.getConnection(Shop.url(database), "sa", "")) {
            connection.setAutoCommit(false);
            checkVariant(connection);
            Shop.seed(connection, variant);
            int removals = REMOVALS_PER_ITERATION * WRITE_ITERATIONS;
            Shop.addSpareOrders(connection, variant, Shop.FIRST_SPARE_ORDER, removals, removals, 0);
            Shop.addSpareOrders(connection, variant, Shop.FIRST_SPARE_ORDER + removals,
                    BULK_DELETES_PER_ITERATION * WRITE_ITERATIONS * BULK_DELETE_ROWS, BULK_DELETE_ROWS, 1);
        }
    }

    /** A run that does not measure what it says would be worse than none: the flag column tells. */
    private void checkVariant(Connection connection) throws SQLException {
        try (ResultSet column = connection.getMetaData().getColumns(null, null, "CUSTOMER", "DELETED")) {
            if (column.next() != variant.softDeletes()) {
                throw new IllegalStateException(variant + " is not what runs: is the agent applied? "
                        + System.getProperty("java.vm.name") + " " + java.lang.management.ManagementFactory
                        .getRuntimeMXBean().getInputArguments());
            }
        }
    }

    @TearDown(Level.Trial)
    public void closeShop() {
        sessions.close();
    }

    @Benchmark
    public Object findById() {
        try (Session session = sessions.openSession()) {
            return session.find(customerType, 1L + random.nextInt(Shop.CUSTOMERS));
        }
    }

    @Benchmark
    public int jpql10Rows() {
        return ordersBetween(10);
    }

    @Benchmark
    public int jpql500Rows() {
        return ordersBetween(500);
    }

    private int ordersBetween(int rows) {
        int low = random.nextInt(Shop.ORDERS - rows);
        try (Session session = sessions.openSession()) {
            return session.createSelectionQuery(ORDERS_BETWEEN, orderType)
                    .setParameter("low", low).setParameter("high", low + rows - 1).getResultList().size();
        }
    }

    @Benchmark
    public long criteriaCount() {
        try (Session session = sessions.openSession()) {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<?> order = query.from(orderType);
            query.select(cb.count(order)).where(cb.ge(order.get("amount"), random.nextInt(Shop.ORDERS)));
            return session.createQuery(query).getSingleResult();
        }
    }

    @Benchmark
    public int lazyCollection() {
        try (Session session = sessions.openSession()) {
            return ((HasOrders) session.find(customerType, 1L + random.nextInt(Shop.CUSTOMERS))).orderCount();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WRITE_WARMUP_ITERATIONS, batchSize = REMOVALS_PER_ITERATION)
    @Measurement(iterations = WRITE_MEASUREMENT_ITERATIONS, batchSize = REMOVALS_PER_ITERATION)
    public void removeFlushCommit() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            session.remove(session.find(orderType, nextRemoval++));
            session.getTransaction().commit();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WRITE_WARMUP_ITERATIONS, batchSize = BULK_DELETES_PER_ITERATION)
    @Measurement(iterations = WRITE_MEASUREMENT_ITERATIONS, batchSize = BULK_DELETES_PER_ITERATION)
    public int bulkDelete100Rows() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            int deleted = session.createMutationQuery("delete from PurchaseOrder o where o.batch = :batch")
                    .setParameter("batch", nextBatch++).executeUpdate();
            session.getTransaction().commit();
            return deleted;
        }
    }
}
