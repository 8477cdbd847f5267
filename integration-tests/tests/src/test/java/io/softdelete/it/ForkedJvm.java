package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a JVM like a user would, with or without {@code -javaagent}, and waits for it. */
final class ForkedJvm {
    static final Path AGENT_JAR = Path.of(System.getProperty("agent.jar")).toAbsolutePath();
    /** The JDK of the forked JVMs: the one running the tests, or {@code it.java.home} (see {@link ForkedJdkCondition}). */
    static final Path JAVA_HOME = Path.of(System.getProperty("it.java.home", System.getProperty("java.home")));
    private static final String JAVA = JAVA_HOME.resolve("bin").resolve("java").toString();
    private static final long TIMEOUT_SECONDS = 180;

    private final List<String> command = new ArrayList<>();

    ForkedJvm() {
        command.add(JAVA);
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
    }

    /** Adds {@code -javaagent:<the shaded jar>=options}; {@code null} options runs the JVM without the agent. */
    ForkedJvm agent(String options) {
        return options == null ? this : agent(AGENT_JAR, options);
    }

    /** Adds {@code -javaagent:<jar>=options}, for another build of the agent than the real one. */
    ForkedJvm agent(Path jar, String options) {
        command.add("-javaagent:" + jar + (options.isEmpty() ? "" : "=" + options));
        return this;
    }

    ForkedJvm arg(String argument) {
        command.add(argument);
        return this;
    }

    /** Before the class path and main class: those end the JVM's own options. */
    ForkedJvm systemProperty(String key, String value) {
        int mainOptions = command.indexOf("-cp");
        command.add(mainOptions < 0 ? command.size() : mainOptions, "-D" + key + "=" + value);
        return this;
    }

    /**
     * Starts the JVM and returns once it has printed a line starting with {@code awaited}: for an application that
     * then waits for its standard input to end ({@code sample.serve}).
     */
    Running start(String awaited) {
        try {
            Path out = Files.createTempFile("jvm", ".out");
            Path err = Files.createTempFile("jvm", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            Running running = new Running(process, out, err);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (Files.readString(out, StandardCharsets.UTF_8).lines().noneMatch(line -> line.startsWith(awaited))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the JVM did not print '" + awaited + "':\n" + running.finish());
                }
                Thread.sleep(50);
            }
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A JVM started by {@link #start}. */
    static final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        String pid() {
            return String.valueOf(process.pid());
        }

        /** What it printed so far. */
        JvmResult sofar() {
            try {
                return new JvmResult(-1, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends its standard input and waits for it to end. */
        JvmResult finish() {
            try {
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the JVM did not end within " + TIMEOUT_SECONDS + " s");
                }
                return new JvmResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } finally {
                try {
                    Files.deleteIfExists(out);
                    Files.deleteIfExists(err);
                } catch (IOException e) {
                    // temporary files: the next clean removes them
                }
            }
        }
    }

    JvmResult run() {
        try {
            Path out = Files.createTempFile("jvm", ".out");
            Path err = Files.createTempFile("jvm", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the JVM did not end within " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new JvmResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
