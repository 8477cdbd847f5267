package io.softdelete.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a forked JVM printed, and how it ended. */
record JvmResult(int exitCode, String stdout, String stderr) {

    /** The {@code observe key=value} lines of the sample apps. */
    Map<String, String> observations() {
        Map<String, String> observations = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("observe ")) {
                int equals = line.indexOf('=');
                observations.put(line.substring("observe ".length(), equals), line.substring(equals + 1));
            }
        }
        return observations;
    }

    String observed(String key) {
        Map<String, String> observations = observations();
        assertTrue(observations.containsKey(key), () -> "no observation '" + key + "' in\n" + this);
        return observations.get(key);
    }

    /** The SQL Hibernate logged. */
    List<String> sql() {
        List<String> statements = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("Hibernate: ")) {
                statements.add(line.substring("Hibernate: ".length()));
            }
        }
        return statements;
    }

    /** The lines of stderr that the agent wrote. */
    List<String> agentLines() {
        List<String> lines = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.startsWith("soft-delete-agent:")) {
                lines.add(line);
            }
        }
        return lines;
    }

    JvmResult assertSucceeded() {
        assertTrue(exitCode == 0, () -> "the JVM failed:\n" + this);
        return this;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
}
