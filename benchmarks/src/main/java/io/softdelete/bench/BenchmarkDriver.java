package io.softdelete.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every workload for the three variants side by side, round after round (a, b, c, then the next
 * workload; the variant that goes first turns each round), so that the machine's drift hits all three alike;
 * then the start-up measurement, interleaved the same way; then writes the report. Ratios are computed within
 * a round and summarised over rounds.
 * <p>
 * Arguments: {@code <report.md> [rounds] [start-up runs] [quick]}.
 */
public final class BenchmarkDriver {
    private static final List<String> WORKLOADS = List.of("findById", "jpql10Rows", "jpql500Rows", "criteriaCount",
            "lazyCollection", "removeFlushCommit", "bulkDelete100Rows");
    private static final Map<String, Integer> CALLS_PER_OPERATION = Map.of(
            "removeFlushCommit", ShopBenchmarks.REMOVALS_PER_ITERATION,
            "bulkDelete100Rows", ShopBenchmarks.BULK_DELETES_PER_ITERATION);

    /** A heap that does not resize during a measurement, the same for every variant. */
    private static final String[] FIXED_HEAP = {"-Xms1g", "-Xmx1g"};

    private BenchmarkDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int startupRuns = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        boolean quick = args.length > 3 && args[3].equals("quick");

        Map<String, List<Map<Variant, Score>>> steady = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String workload : WORKLOADS) {
                Map<Variant, Score> scores = new EnumMap<>(Variant.class);
                for (Variant variant : inTurn(round)) {
                    scores.put(variant, measure(workload, variant, quick));
                }
                steady.computeIfAbsent(workload, ignored -> new ArrayList<>()).add(scores);
                System.out.printf(Locale.ROOT, "round %d %s: %s%n", round, workload, scores);
            }
        }
        List<Map<Variant, Startup>> startups = new ArrayList<>();
        for (int run = 1; run <= startupRuns; run++) {
            Map<Variant, Startup> runs = new EnumMap<>(Variant.class);
            for (Variant variant : inTurn(run)) {
                runs.put(variant, Startup.measure(variant));
            }
            startups.add(runs);
            System.out.printf(Locale.ROOT, "start-up %d: %s%n", run, runs);
        }
        String markdown = Report.markdown(steady, startups, rounds, startupRuns, quick,
                String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        System.out.println(markdown);
    }

    private static List<Variant> inTurn(int round) {
        List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
        Collections.rotate(variants, round);
        return variants;
    }

    private static Score measure(String workload, Variant variant, boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ShopBenchmarks.class.getName() + "." + workload + "$")
                .param("variant", variant.name())
                .forks(1)
                .jvmArgsAppend(variant.jvmOptions("io.softdelete.bench.plain.*").toArray(new String[0]))
                .jvmArgsPrepend(FIXED_HEAP)
                .timeUnit(TimeUnit.MICROSECONDS)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        if (quick && !CALLS_PER_OPERATION.containsKey(workload)) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
                    .measurementTime(TimeValue.seconds(1));
        }
        RunResult result = new Runner(options.build()).run().iterator().next();
        int calls = CALLS_PER_OPERATION.getOrDefault(workload, 1);
        return new Score(result.getPrimaryResult().getScore() / calls,
                result.getSecondaryResults().get("gc.alloc.rate.norm").getScore() / calls);
    }

    /**
     * Time per call, and bytes allocated per call: the time is what the bars are about, but on a shared
     * machine it varies from fork to fork by more than the differences sought; the allocation does not, and
     * shows whether Hibernate does the same work in two variants.
     */
    record Score(double micros, double bytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f µs %.0f B", micros, bytes);
        }
    }

    /** One start-up of the 50-entity model, in a JVM of its own. */
    record Startup(long jvmToMain, long emfBuild, long jvmToReady, long heapAfterBoot) {
        static Startup measure(Variant variant) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(variant.jvmOptions("io.softdelete.bench.gen.*"));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(StartupMain.class.getName());
            command.add(variant.name());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("start-up of " + variant + " failed:\n" + output);
            }
            for (String line : output.split("\n")) {
                if (line.startsWith("startup ")) {
                    Map<String, Long> values = new LinkedHashMap<>();
                    for (String pair : line.split(" ")) {
                        int equals = pair.indexOf('=');
                        if (equals > 0 && !pair.startsWith("variant=")) {
                            values.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
                        }
                    }
                    return new Startup(values.get("jvmToMain"), values.get("emfBuild"), values.get("jvmToReady"),
                            values.get("heapAfterBoot"));
                }
            }
            throw new IllegalStateException("no start-up line from " + variant + ":\n" + output);
        }
    }
}
