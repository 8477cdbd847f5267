package io.softdelete.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.RunnerException;

/**
 * What the removal journal costs: {@link JournalBenchmarks} with the agent, journal off and on, side by side, round
 * after round (the one that goes first turns), each in a fork of its own; and the restore of a 100-row removal beside
 * that removal, journal on. Prints the times and ratios per round, and the medians.
 * <p>
 * Arguments: {@code [postgres] [rounds (5)]}: on in-memory H2, or on a PostgreSQL server started for each fork.
 */
public final class JournalDriver {
    private static final String ENTITIES = "entities=io.softdelete.bench.journal.*";
    /** Single removals per iteration on PostgreSQL: 15 iterations within the rows seeded there. */
    private static final int SINGLE_SHOT_REMOVALS = 500;

    private JournalDriver() {
    }

    private static boolean postgres;

    public static void main(String[] args) throws RunnerException {
        postgres = args.length > 0 && args[0].equals("postgres");
        String[] rest = postgres ? Arrays.copyOfRange(args, 1, args.length) : args;
        int rounds = rest.length > 0 ? Integer.parseInt(rest[0]) : 5;
        List<Double> removeRatios = new ArrayList<>();
        List<Double> bulkRatios = new ArrayList<>();
        List<Double> familyRatios = new ArrayList<>();
        List<Double> restoreRatios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] remove = new double[2];
            double[] bulk = new double[2];
            double[] family = new double[2];
            for (int turn = 0; turn < 2; turn++) {
                int journal = (round + turn) % 2;
                remove[journal] = measure("removeOne", journal == 1, postgres ? SINGLE_SHOT_REMOVALS : 1);
                bulk[journal] = measure("bulkDelete100", journal == 1, JournalBenchmarks.BULK_DELETES);
                family[journal] = measure("removeFamily", journal == 1, JournalBenchmarks.FAMILIES);
            }
            double restore = measure("restoreFamily", true, JournalBenchmarks.FAMILIES);
            removeRatios.add(remove[1] / remove[0]);
            bulkRatios.add(bulk[1] / bulk[0]);
            familyRatios.add(family[1] / family[0]);
            restoreRatios.add(restore / family[1]);
            System.out.printf(Locale.ROOT, "round %d (journal off / on): remove one row %.1f / %.1f µs (%.3f); bulk delete of 100"
                            + " rows %.1f / %.1f µs (%.3f); remove a family of 100 rows %.1f / %.1f µs (%.3f); its restore %.1f µs"
                            + " (%.3f of the removal)%n",
                    round, remove[0], remove[1], remove[1] / remove[0], bulk[0], bulk[1], bulk[1] / bulk[0], family[0], family[1],
                    family[1] / family[0], restore, restore / family[1]);
        }
        System.out.printf(Locale.ROOT, "over %d rounds, medians, journal on / off: remove one row %.3f, remove a 100-row family"
                        + " %.3f (bar 1.3); bulk delete of 100 rows %.3f (bar 2); restore of the 100-row removal / the removal"
                        + " %.3f (bar 2)%n",
                rounds, median(removeRatios), median(familyRatios), median(bulkRatios), median(restoreRatios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Microseconds per operation. On PostgreSQL a removal takes long enough to be timed in single shots: fewer
     * iterations (the data seeded for {@link JournalBenchmarks#ITERATIONS}), and single removals in batches too.
     */
    private static double measure(String benchmark, boolean journal, int operationsPerIteration) throws RunnerException {
        String options = ENTITIES + (journal ? ",journal=removal_journal" : "");
        if (!postgres) {
            return AgentFork.microseconds(JournalBenchmarks.class, benchmark, options) / operationsPerIteration;
        }
        return AgentFork.microseconds(JournalBenchmarks.class, benchmark, options, builder -> {
            builder.warmupIterations(5).measurementIterations(10);
            return benchmark.equals("removeOne") ? builder.mode(Mode.SingleShotTime).warmupBatchSize(SINGLE_SHOT_REMOVALS)
                    .measurementBatchSize(SINGLE_SHOT_REMOVALS) : builder;
        }, "-Dbench.database=postgres") / operationsPerIteration;
    }
}
