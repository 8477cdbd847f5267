package io.softdelete.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.softdelete.bench.referenced.Item;
import io.softdelete.bench.referenced.Kind;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The removal of a row that a to-one of another entity could reference, with the agent, the same workload
 * under {@code referencedRemoval=allow} and {@code =refuse} (run by {@link ReferencedRemovalDriver}): 10,000
 * items reference 100 kinds; the kinds removed are referenced by none, so the removal succeeds under both.
 */
@State(Scope.Benchmark)
public class ReferencedRemovalBenchmarks {
    static final int REMOVALS_PER_ITERATION = 500;
    static final int WARMUP_ITERATIONS = 5;
    static final int MEASUREMENT_ITERATIONS = 10;
    private static final int KINDS = 100;
    private static final int ITEMS = 10_000;
    private static final long FIRST_SPARE_KIND = 1_000_000;
    private static final String DATABASE = "referenced";

    private SessionFactory sessions;
    private long nextRemoval = FIRST_SPARE_KIND;

    @Setup(Level.Trial)
    public void openShop() throws SQLException {
        sessions = Shop.build(Shop.settings(DATABASE, "create"), Kind.class, Item.class);
        try (Connection connection = DriverManager.getConnection(Shop.url(DATABASE), "sa", "");
             PreparedStatement kind = connection.prepareStatement("insert into kind (id, name, deleted) values (?, ?, false)");
             PreparedStatement item = connection.prepareStatement("insert into item (id, kind_id, deleted) values (?, ?, false)")) {
            connection.setAutoCommit(false);
            int spare = REMOVALS_PER_ITERATION * (WARMUP_ITERATIONS + MEASUREMENT_ITERATIONS);
            for (long id = 1; id <= KINDS; id++) {
                addKind(kind, id);
            }
            for (long id = FIRST_SPARE_KIND; id < FIRST_SPARE_KIND + spare; id++) {
                addKind(kind, id);
            }
            kind.executeBatch();
            for (long id = 1; id <= ITEMS; id++) {
                item.setLong(1, id);
                item.setLong(2, 1 + id % KINDS);
                item.addBatch();
            }
            item.executeBatch();
            connection.commit();
        }
    }

    private static void addKind(PreparedStatement insert, long id) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, "kind " + id);
        insert.addBatch();
    }

    @TearDown(Level.Trial)
    public void closeShop() {
        sessions.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WARMUP_ITERATIONS, batchSize = REMOVALS_PER_ITERATION)
    @Measurement(iterations = MEASUREMENT_ITERATIONS, batchSize = REMOVALS_PER_ITERATION)
    public void removeUnreferencedKind() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            session.remove(session.find(Kind.class, nextRemoval++));
            session.getTransaction().commit();
        }
    }
}
