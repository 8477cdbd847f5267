package io.softdelete.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;

/**
 * What {@code referencedRemoval=refuse} costs per removal: {@link ReferencedRemovalBenchmarks} with the agent under
 * {@code allow} and under {@code refuse}, side by side, round after round (the one that goes first turns), each in
 * a fork of its own. Prints the time per removal of both and their ratio per round, and the median ratio.
 * <p>
 * Arguments: {@code [rounds (5)]}.
 */
public final class ReferencedRemovalDriver {
    private static final List<String> POLICIES = List.of("allow", "refuse");

    private ReferencedRemovalDriver() {
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] micros = new double[2];
            for (int turn = 0; turn < 2; turn++) {
                int policy = (round + turn) % 2;
                micros[policy] = measure(POLICIES.get(policy));
            }
            double ratio = micros[1] / micros[0];
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "round %d: allow %.1f µs, refuse %.1f µs per removal, refuse/allow %.3f%n",
                    round, micros[0], micros[1], ratio);
        }
        ratios.sort(null);
        System.out.printf(Locale.ROOT, "referencedRemoval=refuse/allow per removal over %d rounds: min %.3f, median %.3f,"
                + " max %.3f%n", rounds, ratios.get(0), ratios.get(rounds / 2), ratios.get(rounds - 1));
    }

    private static double measure(String policy) throws RunnerException {
        return AgentFork.microseconds(ReferencedRemovalBenchmarks.class, "removeUnreferencedKind",
                "entities=io.softdelete.bench.referenced.*,referencedRemoval=" + policy)
                / ReferencedRemovalBenchmarks.REMOVALS_PER_ITERATION;
    }
}
