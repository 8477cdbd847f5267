package io.softdelete.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** One benchmark method in a fork of its own, with the agent and those options. */
final class AgentFork {
    private AgentFork() {
    }

    /** Its score, in microseconds (per invocation, or per batch of a single-shot benchmark). */
    static double microseconds(Class<?> benchmarks, String method, String agentOptions) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(benchmarks.getName() + "." + method + "$")
                .forks(1)
                .jvmArgsAppend("-javaagent:" + Path.of(Variant.AGENT_JAR).toAbsolutePath() + "=" + agentOptions)
                .jvmArgsPrepend("-Xms1g", "-Xmx1g")
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .build()).run().iterator().next().getPrimaryResult().getScore();
    }
}
