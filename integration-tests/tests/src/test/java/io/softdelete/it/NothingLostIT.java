package io.softdelete.it;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.SampleApp.SHOP_OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searches for a lost row instead of picking examples: random sequences of removals, orphan removals, bulk
 * deletes and updates, merges of stale instances, restores (of a row and what its removal cascaded from it, with
 * the removal journal) and reads, on H2 and PostgreSQL; and threads racing on the same rows. {@code -Dnothinglost.sequences=20000} makes the long run.
 */
class NothingLostIT {
    private static final HibernateLine LINE = HibernateLine.HIBERNATE_7_4;
    private static final int SEQUENCES = Integer.getInteger("nothinglost.sequences", 1000);
    private static final long SEED = Long.getLong("nothinglost.seed", System.currentTimeMillis());

    /** Every line; the full count on 6.6 and 7.4, whose hooks differ most, a quarter on the lines between. */
    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void randomSequencesOnH2LoseNothing(HibernateLine line) {
        boolean full = line == HibernateLine.HIBERNATE_6_6 || line == LINE;
        assertNothingLost(line, "h2", Database.empty("random-" + line), full ? SEQUENCES : Math.max(1, SEQUENCES / 4));
    }

    @Test
    void randomSequencesOnPostgresLoseNothing() {
        assertNothingLost(LINE, "postgres", Postgres.empty(), Math.max(1, SEQUENCES / 4));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutTheAgentTheSameSequencesLoseRows(HibernateLine line) {
        Path expectations = Database.workFile("expectations-twin-" + line + ".txt");
        Database db = Database.empty("random-twin-" + line);
        JvmResult app = random(line, db, null, 50, expectations).assertSucceeded();
        RowExpectations rows = RowExpectations.check(expectations, db, null);
        System.out.println("random sequences without the agent: " + app.observed("operations") + " operations, " + rows);

        assertTrue(rows.lost > 0, rows::toString);
    }

    @Test
    void concurrentThreadsOnH2LoseNothingAndFailNoOtherwiseThanWithoutTheAgent() {
        assertConcurrentThreadsLoseNothing(Database.empty("concurrent"), Database.empty("concurrent-twin"), "H2");
    }

    @Test
    void concurrentThreadsOnPostgresLoseNothingAndFailNoOtherwiseThanWithoutTheAgent() {
        assertConcurrentThreadsLoseNothing(Postgres.empty(), Postgres.empty(), "PostgreSQL");
    }

    private static void assertConcurrentThreadsLoseNothing(Database db, Database twin, String database) {
        Path expectations = Database.workFile("inserted.txt");
        JvmResult withAgent = concurrent(db, SHOP_OPTIONS, expectations).assertSucceeded();
        RowExpectations rows = RowExpectations.check(expectations, db, null);
        Path twinExpectations = Database.workFile("inserted-twin.txt");
        JvmResult without = concurrent(twin, null, twinExpectations).assertSucceeded();
        RowExpectations twinRows = RowExpectations.check(twinExpectations, twin, null);

        Map<String, Integer> agentFailures = failures(withAgent);
        Map<String, Integer> plainFailures = failures(without);
        System.out.println("concurrent on " + database + ", seed " + SEED + ", with the agent: "
                + withAgent.observed("operations") + " operations, " + rows + "; failures " + agentFailures
                + "; without the agent: " + without.observed("operations") + " operations, failures " + plainFailures);
        assertEquals(0, rows.lost, () -> "seed " + SEED + ": " + rows);
        assertTrue(twinRows.lost > 0, () -> "without the agent nothing was lost, so the check could not fail: " + twinRows);
        for (String kind : agentFailures.keySet()) {
            assertTrue(plainFailures.containsKey(kind) || kind.endsWith("OptimisticLockException")
                            || kind.endsWith("StaleObjectStateException") || kind.endsWith("StaleStateException"),
                    () -> "seed " + SEED + ", with the agent only: " + kind + " " + agentFailures + " vs " + plainFailures);
        }
    }

    private static void assertNothingLost(HibernateLine line, String database, Database db, int sequences) {
        Path expectations = Database.workFile("expectations-" + database + "-" + line + ".txt");
        // with the removal journal, so that the sequences' restores bring back exactly what one removal flagged
        JvmResult app = random(line, db, JournalIT.journalOptions(line), sequences, expectations).assertSucceeded();
        RowExpectations rows = RowExpectations.check(expectations, db, line);
        System.out.println("random sequences with the agent on " + database + ", " + line + ", seed " + SEED + ": "
                + app.observed("sequences") + " sequences, "
                + app.observed("operations") + " operations (" + app.observed("restores") + " restores), " + rows
                + ", failures " + app.observed("failures"));

        assertEquals("0", app.observed("mismatches"), () -> "seed " + SEED + ": " + app);
        assertEquals(0, rows.lost + rows.wrongFlag + rows.resurrected, () -> "seed " + SEED + ": " + rows);
        assertTrue(rows.checked > sequences, rows::toString);
        assertTrue(Integer.parseInt(app.observed("restores")) > sequences / 4, app::toString);
        // a removal that failed and rolled back would lose nothing either: only the stale merges may fail, as they must
        for (String kind : failures(app).keySet()) {
            assertTrue(kind.startsWith("merge stale: "), () -> "seed " + SEED + ", " + line + ": " + kind + " in " + app);
        }
    }

    private static JvmResult random(HibernateLine line, Database db, String options, int sequences, Path expectations) {
        return workload(line, db, options, expectations)
                .systemProperty("sample.sequences", String.valueOf(sequences))
                .arg("random")
                .run();
    }

    private static JvmResult concurrent(Database db, String options, Path expectations) {
        return workload(LINE, db, options, expectations).arg("concurrent").run();
    }

    /** The sample application, ready for the name of its workload. */
    private static ForkedJvm workload(HibernateLine line, Database db, String options, Path expectations) {
        return db.pointAt(new ForkedJvm().agent(options))
                .systemProperty("sample.ddl", "create")
                .systemProperty("sample.showSql", "false")
                .systemProperty("sample.seed", String.valueOf(SEED))
                .systemProperty("sample.expectations", expectations.toString())
                .arg("-cp").arg(line.classPath())
                .arg("sample.SampleApp");
    }

    /** {@code {op: Exception=count, ...}} as the workload printed it. */
    private static Map<String, Integer> failures(JvmResult app) {
        Map<String, Integer> failures = new TreeMap<>();
        String printed = app.observed("failures");
        if (printed.length() > 2) {
            for (String entry : printed.substring(1, printed.length() - 1).split(", ")) {
                int equals = entry.lastIndexOf('=');
                failures.put(entry.substring(0, equals), Integer.parseInt(entry.substring(equals + 1)));
            }
        }
        return failures;
    }
}
