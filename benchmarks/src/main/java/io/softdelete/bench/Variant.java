package io.softdelete.bench;

import java.nio.file.Path;
import java.util.List;

/** The three things a user would run: plain Hibernate, Hibernate's own @SoftDelete, the agent. */
public enum Variant {
    /** (a) the entities as they are, no soft delete. */
    PLAIN("a", "io.softdelete.bench.plain"),
    /** (b) the same entities annotated with {@code @SoftDelete}. */
    ANNOTATED("b", "io.softdelete.bench.annotated"),
    /** (c) the entities of (a), unmodified, with the agent. */
    AGENT("c", "io.softdelete.bench.plain");

    static final String AGENT_JAR = System.getProperty("agent.jar", "agent/target/soft-delete-agent.jar");

    final String label;
    final String modelPackage;

    Variant(String label, String modelPackage) {
        this.label = label;
        this.modelPackage = modelPackage;
    }

    /** The JVM options of a JVM that runs this variant. */
    List<String> jvmOptions(String agentEntities) {
        return this == AGENT
                ? List.of("-javaagent:" + Path.of(AGENT_JAR).toAbsolutePath() + "=entities=" + agentEntities)
                : List.of();
    }

    boolean softDeletes() {
        return this != PLAIN;
    }
}
