package io.softdelete.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import io.softdelete.bench.journal.Family;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.softdelete.bench.journal.Member;
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
 * What the removal journal costs, run by {@link JournalDriver} with the agent, journal off and on: the removal of
 * one row (remove, flush, commit), a bulk delete of 100 rows, the removal of a family of 100 rows (a parent and the
 * 99 members it cascades to), and, journal on, the restore of such a removal through the unit's MBean.
 */
@State(Scope.Benchmark)
public class JournalBenchmarks {
    /** On PostgreSQL ({@code -Dbench.database=postgres}) rather than in-memory H2; run single-shot there (see the driver). */
    static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.database"));
    /** More than 25 one-second iterations of single removals can take on H2; the driver's single shots on PostgreSQL. */
    static final int REMOVALS = POSTGRES ? 10_000 : 1_500_000;
    /** The iterations the seeded batches and families last: the driver runs fewer on PostgreSQL. */
    static final int ITERATIONS = POSTGRES ? 15 : 30;
    static final int BULK_DELETES = 40;
    static final int FAMILIES = 40;
    static final int WARMUP = 10;
    static final int MEASURED = 20;
    static final int BULK_ROWS = 100;
    static final int FAMILY_ROWS = 100;
    private static final String DATABASE = "journal";
    private static final long FIRST_BATCH_MEMBER = 10_000_000;
    private static final long FIRST_FAMILY_MEMBER = 20_000_000;

    private SessionFactory sessions;
    private EmbeddedPostgres postgres;
    private long nextMember = 1;
    private int nextBatch = 1;
    private long nextFamily = 1;

    @Setup(Level.Trial)
    public void openShop() throws SQLException, IOException {
        Map<String, Object> settings = Shop.settings(DATABASE, "create");
        String url = Shop.url(DATABASE);
        String user = "sa";
        if (POSTGRES) {
            postgres = EmbeddedPostgres.builder().start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            settings.put("jakarta.persistence.jdbc.url", url);
            settings.put("jakarta.persistence.jdbc.user", user);
        }
        sessions = Shop.build(settings, Family.class, Member.class);
        int rounds = ITERATIONS;
        try (Connection connection = DriverManager.getConnection(url, user, "");
             PreparedStatement family = connection.prepareStatement("insert into family (id, deleted) values (?, false)");
             PreparedStatement member = connection.prepareStatement(
                     "insert into member (id, batch, family_id, deleted) values (?, ?, ?, false)")) {
            connection.setAutoCommit(false);
            for (long id = 1; id <= REMOVALS; id++) {
                addMember(member, id, 0, null);
            }
            for (int batch = 1; batch <= BULK_DELETES * rounds; batch++) {
                for (int i = 0; i < BULK_ROWS; i++) {
                    addMember(member, FIRST_BATCH_MEMBER + (long) batch * BULK_ROWS + i, batch, null);
                }
            }
            member.executeBatch();
            for (long id = 1; id <= (long) FAMILIES * rounds; id++) {
                family.setLong(1, id);
                family.addBatch();
                for (int i = 0; i < FAMILY_ROWS - 1; i++) {
                    addMember(member, FIRST_FAMILY_MEMBER + id * FAMILY_ROWS + i, 0, id);
                }
            }
            family.executeBatch();
            member.executeBatch();
            connection.commit();
        }
    }

    private static void addMember(PreparedStatement insert, long id, int batch, Long family) throws SQLException {
        insert.setLong(1, id);
        insert.setInt(2, batch);
        if (family == null) {
            insert.setNull(3, Types.BIGINT);
        } else {
            insert.setLong(3, family);
        }
        insert.addBatch();
    }

    @TearDown(Level.Trial)
    public void closeShop() throws IOException {
        sessions.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** By time, not by count: a single removal is short, and it takes Hibernate and H2 some 15 s to warm up here. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 15, time = 1)
    @Measurement(iterations = 10, time = 1)
    public void removeOne() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            session.remove(session.find(Member.class, nextMember++));
            session.getTransaction().commit();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WARMUP, batchSize = BULK_DELETES)
    @Measurement(iterations = MEASURED, batchSize = BULK_DELETES)
    public int bulkDelete100() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            // by id, as Spring Data's deleteAllByIdInBatch does
            List<Long> ids = new ArrayList<>(BULK_ROWS);
            long first = FIRST_BATCH_MEMBER + (long) nextBatch++ * BULK_ROWS;
            for (long id = first; id < first + BULK_ROWS; id++) {
                ids.add(id);
            }
            int deleted = session.createMutationQuery("delete from Member m where m.id in :ids")
                    .setParameter("ids", ids).executeUpdate();
            session.getTransaction().commit();
            return deleted;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WARMUP, batchSize = FAMILIES)
    @Measurement(iterations = MEASURED, batchSize = FAMILIES)
    public void removeFamily() {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            session.remove(session.find(Family.class, nextFamily++));
            session.getTransaction().commit();
        }
    }

    /** The families one iteration restores, removed before it, outside the measurement. */
    @State(Scope.Benchmark)
    public static class RemovedFamilies {
        private final Deque<Long> removed = new ArrayDeque<>();

        @Setup(Level.Iteration)
        public void removeFamilies(JournalBenchmarks shop) {
            for (int i = 0; i < FAMILIES; i++) {
                removed.add(shop.nextFamily);
                shop.removeFamily();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = WARMUP, batchSize = FAMILIES)
    @Measurement(iterations = MEASURED, batchSize = FAMILIES)
    public Object restoreFamily(RemovedFamilies families) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("io.softdelete:type=SoftDeletes,unit=\"default\""),
                "restoreRow", new Object[] {Family.class.getName(), String.valueOf(families.removed.poll())},
                new String[] {String.class.getName(), String.class.getName()});
    }
}
