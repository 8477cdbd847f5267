package io.softdelete.it;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suites that run a second time with their JVMs forked on another JDK ({@code it.java.home}, the Temurin 25
 * JDK the machines have) are skipped, saying so, where that JDK is missing: the run must not fail there.
 */
public final class ForkedJdkCondition implements ExecutionCondition {
    private static volatile boolean reported;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getProperty("it.java.home") == null || Files.isExecutable(ForkedJvm.JAVA_HOME.resolve("bin").resolve("java"))) {
            return ConditionEvaluationResult.enabled("the forked JVMs' JDK is there");
        }
        String reason = "the Java 25 run was skipped: no JDK at " + ForkedJvm.JAVA_HOME + " (set -Djdk25.home=...)";
        if (!reported) {
            reported = true;
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
