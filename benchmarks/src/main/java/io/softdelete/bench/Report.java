package io.softdelete.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The Markdown report: ratios per workload, the start-up, and what they were measured on. */
final class Report {
    private Report() {
    }

    static String markdown(Map<String, List<Map<Variant, BenchmarkDriver.Score>>> steady,
                           List<Map<Variant, BenchmarkDriver.Startup>> startups,
                           int rounds, int startupRuns, boolean quick, String arguments) {
        StringBuilder md = new StringBuilder();
        if (!steady.isEmpty()) {
            steadyState(md, steady, rounds, quick);
        }
        if (!startups.isEmpty()) {
            startup(md, startups, startupRuns);
        }
        machine(md, arguments);
        return md.toString();
    }

    private static void steadyState(StringBuilder md, Map<String, List<Map<Variant, BenchmarkDriver.Score>>> steady,
                                    int rounds, boolean quick) {
        md.append("## Steady state (").append(rounds).append(" rounds").append(quick ? ", quick" : "").append(")\n\n");
        md.append("Time per call, new session per call. Ratios are taken within each round, then summarised as\n");
        md.append("min / median / max over the rounds; µs are medians, for context. `alloc c/b` is the median ratio\n");
        md.append("of bytes allocated per call (JMH's gc profiler): 1.00 means Hibernate does the same work in both.\n\n");
        md.append("| workload | c/a min | c/a median | c/a max | c/b min | c/b median | c/b max | alloc c/b | a µs | b µs | c µs |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        steady.forEach((workload, byRound) -> {
            List<Double> ca = ratios(byRound, Variant.AGENT, Variant.PLAIN, BenchmarkDriver.Score::micros);
            List<Double> cb = ratios(byRound, Variant.AGENT, Variant.ANNOTATED, BenchmarkDriver.Score::micros);
            List<Double> allocation = ratios(byRound, Variant.AGENT, Variant.ANNOTATED, BenchmarkDriver.Score::bytes);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.1f | %.1f |%n",
                    workload, min(ca), median(ca), max(ca), min(cb), median(cb), max(cb), median(allocation),
                    median(values(byRound, Variant.PLAIN, BenchmarkDriver.Score::micros)), median(values(byRound, Variant.ANNOTATED, BenchmarkDriver.Score::micros)),
                    median(values(byRound, Variant.AGENT, BenchmarkDriver.Score::micros))));
        });
        md.append('\n');
    }

    private static void startup(StringBuilder md, List<Map<Variant, BenchmarkDriver.Startup>> startups, int startupRuns) {
        md.append("## Start-up: 50 entities to a ready session factory (").append(startupRuns).append(" runs)\n\n");
        md.append("Medians over runs, each in a fresh JVM, the variants interleaved. `jvmToReady` is from JVM start\n");
        md.append("to the factory being ready (it includes generating the 50 classes, the same in every variant);\n");
        md.append("`emfBuild` is Hibernate's bootstrap alone, schema creation included; `jvmToMain` is JVM start to\n");
        md.append("`main`, where the agent's premain runs.\n\n");
        md.append("| variant | jvmToMain ms | emfBuild ms | jvmToReady ms | heap after boot MB |\n|---|---|---|---|---|\n");
        for (Variant variant : Variant.values()) {
            md.append(String.format(Locale.ROOT, "| %s %s | %.0f | %.0f | %.0f | %.1f |%n", variant.label, variant,
                    median(values(startups, variant, BenchmarkDriver.Startup::jvmToMain)),
                    median(values(startups, variant, BenchmarkDriver.Startup::emfBuild)),
                    median(values(startups, variant, BenchmarkDriver.Startup::jvmToReady)),
                    median(values(startups, variant, BenchmarkDriver.Startup::heapAfterBoot)) / 1024 / 1024));
        }
        List<Double> extra = new ArrayList<>();
        List<Double> extraRatio = new ArrayList<>();
        List<Double> premain = new ArrayList<>();
        for (Map<Variant, BenchmarkDriver.Startup> run : startups) {
            extra.add((double) run.get(Variant.AGENT).jvmToReady() - run.get(Variant.PLAIN).jvmToReady());
            extraRatio.add((double) run.get(Variant.AGENT).jvmToReady() / run.get(Variant.PLAIN).jvmToReady());
            premain.add((double) run.get(Variant.AGENT).jvmToMain() - run.get(Variant.PLAIN).jvmToMain());
        }
        md.append(String.format(Locale.ROOT, "%nc over a, per run: %+.0f ms median (min %+.0f, max %+.0f), c/a %.3f median;"
                        + " JVM start to main (premain): %+.0f ms median.%n%n",
                median(extra), min(extra), max(extra), median(extraRatio), median(premain)));
    }

    private static void machine(StringBuilder md, String arguments) {
        md.append("## Machine and command\n\n");
        md.append("- ").append(machine()).append('\n');
        md.append("- Java ").append(System.getProperty("java.runtime.version")).append(", Hibernate ORM ")
                .append(org.hibernate.Version.getVersionString()).append(", H2 in memory\n");
        md.append("- agent jar: ").append(agentJarSize()).append('\n');
        md.append("- measured on ").append(LocalDate.now()).append(" with `./benchmark.sh")
                .append(arguments.isEmpty() ? "" : " " + arguments).append("`\n");
    }

    private static List<Double> ratios(List<Map<Variant, BenchmarkDriver.Score>> byRound, Variant over, Variant under,
                                       ToDoubleFunction<BenchmarkDriver.Score> value) {
        List<Double> ratios = new ArrayList<>();
        for (Map<Variant, BenchmarkDriver.Score> round : byRound) {
            ratios.add(value.applyAsDouble(round.get(over)) / value.applyAsDouble(round.get(under)));
        }
        return ratios;
    }

    private static <T> List<Double> values(List<Map<Variant, T>> runs, Variant variant, ToDoubleFunction<T> value) {
        List<Double> values = new ArrayList<>();
        for (Map<Variant, T> run : runs) {
            values.add(value.applyAsDouble(run.get(variant)));
        }
        return values;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException e) {
            cpu = System.getProperty("os.arch");
        }
        return Runtime.getRuntime().availableProcessors() + " × " + cpu + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", driver max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB (JMH forks: 1 GB)";
    }

    private static String agentJarSize() {
        try {
            return Files.size(Path.of(Variant.AGENT_JAR)) / 1024 + " KB";
        } catch (IOException e) {
            return "not found at " + Variant.AGENT_JAR;
        }
    }
}
