package io.softdelete.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** One benchmark method in a fork of its own, with the agent and those options. */
final class AgentFork {
    private AgentFork() {
    }

    /** Its score, in microseconds (per invocation, or per batch of a single-shot benchmark). */
    static double microseconds(Class<?> benchmarks, String method, String agentOptions) throws RunnerException {
        return microseconds(benchmarks, method, agentOptions, options -> options);
    }

    /** As above, with what {@code more} changes of the benchmark's own settings, and JVM options of its own. */
    static double microseconds(Class<?> benchmarks, String method, String agentOptions,
                               UnaryOperator<ChainedOptionsBuilder> more, String... jvmArgs) throws RunnerException {
        List<String> appended = new ArrayList<>(List.of(jvmArgs));
        appended.add("-javaagent:" + Path.of(Variant.AGENT_JAR).toAbsolutePath() + "=" + agentOptions);
        return new Runner(more.apply(new OptionsBuilder()
                .include(benchmarks.getName() + "." + method + "$")
                .forks(1)
                .jvmArgsAppend(appended.toArray(String[]::new))
                .jvmArgsPrepend("-Xms1g", "-Xmx1g")
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true))
                .build()).run().iterator().next().getPrimaryResult().getScore();
    }
}
