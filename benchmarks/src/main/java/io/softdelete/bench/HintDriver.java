package io.softdelete.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What reads of removed rows cost the reads beside them that do not ask for removed rows: the reads of
 * {@link HintedNeighbourBenchmarks}, each call preceded by a hinted neighbour, under {@code @SoftDelete} (b) and
 * under the agent (c), and under the agent without neighbours; each in a fork of its own, the order turning each
 * round. Prints time and bytes allocated per measured call, and per workload the medians over rounds of c/b with
 * neighbours (time and bytes; bar 1.05) and of c with neighbours / c without.
 * <p>
 * Arguments: {@code [rounds (3)]}.
 */
public final class HintDriver {
    private static final List<String> WORKLOADS = List.of("findById", "jpql10Rows", "criteriaCount", "lazyCollection");

    private record Run(Variant variant, boolean neighbours) {
    }

    /** JMH's time per call; bytes and time of the measured read alone, per call. */
    private record Score(double micros, double bytes, double readMicros) {
    }

    private HintDriver() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Run> runs = List.of(new Run(Variant.ANNOTATED, true), new Run(Variant.AGENT, true), new Run(Variant.AGENT, false));
        List<String> summary = new ArrayList<>();
        for (String workload : WORKLOADS) {
            List<Double> time = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            List<Double> alone = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Score[] scores = new Score[runs.size()];
                for (int turn = 0; turn < runs.size(); turn++) {
                    int which = (round + turn) % runs.size();
                    scores[which] = measure(workload, runs.get(which));
                }
                time.add(scores[1].readMicros() / scores[0].readMicros());
                bytes.add(scores[1].bytes() / scores[0].bytes());
                alone.add(scores[1].readMicros() / scores[2].readMicros());
                System.out.printf(Locale.ROOT, "round %d %s (measured read µs, bytes; JMH µs): b with neighbours %.2f µs %.0f B"
                                + " (%.2f); c with neighbours %.2f µs %.0f B (%.2f); c alone %.2f µs %.0f B (%.2f)%n", round,
                        workload, scores[0].readMicros(), scores[0].bytes(), scores[0].micros(), scores[1].readMicros(),
                        scores[1].bytes(), scores[1].micros(), scores[2].readMicros(), scores[2].bytes(), scores[2].micros());
            }
            summary.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", workload, median(time), median(bytes),
                    median(alone)));
        }
        System.out.printf(Locale.ROOT, "over %d rounds, medians (bar: c/b ≤ 1.05 for the unhinted calls)%n"
                + "| workload | c/b time, with hinted neighbours | c/b bytes allocated | c with neighbours / c alone |%n"
                + "|---|---|---|---|%n%s%n", rounds, String.join("\n", summary));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static Score measure(String workload, Run run) throws RunnerException, IOException {
        Path allocations = Files.createTempFile("hint-allocations", ".txt");
        List<String> jvm = new ArrayList<>(run.variant().jvmOptions("io.softdelete.bench.plain.*"));
        jvm.add("-Dbench.allocations=" + allocations);
        double micros = new Runner(new OptionsBuilder()
                .include(HintedNeighbourBenchmarks.class.getName() + "." + workload + "$")
                .param("variant", run.variant().name())
                .param("neighbours", Boolean.toString(run.neighbours()))
                .forks(1)
                .jvmArgsAppend(jvm.toArray(String[]::new))
                .jvmArgsPrepend("-Xms1g", "-Xmx1g")
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .build()).run().iterator().next().getPrimaryResult().getScore();
        String[] measured = Files.readString(allocations).split(" ");
        Files.delete(allocations);
        return new Score(micros, Double.parseDouble(measured[0]), Double.parseDouble(measured[1]));
    }
}
