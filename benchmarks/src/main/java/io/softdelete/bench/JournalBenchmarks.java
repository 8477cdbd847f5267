package io.softdelete.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.management.JMException;
import javax.management.ObjectName;

import io.softdelete.bench.journal.Family;
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
    /** More than 25 one-second iterations of single removals can take. */
    static final int REMOVALS = 1_500_000;
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
    private long nextMember = 1;
    private int nextBatch = 1;
    private long nextFamily = 1;

    @Setup(Level.Trial)
    public void openShop() throws SQLException {
        sessions = Shop.build(Shop.settings(DATABASE, "create"), Family.class, Member.class);
        int rounds = WARMUP + MEASURED;
        try (Connection connection = DriverManager.getConnection(Shop.url(DATABASE), "sa", "");
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
        insert.setObject(3, family);
        insert.addBatch();
    }

    @TearDown(Level.Trial)
    public void closeShop() {
        sessions.close();
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
