package io.softdelete.it;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A run that samples the Hibernate lines ({@code it.lines}: the modules of those to run, comma-separated; the Java 25
 * run names 7.4 only) skips each invocation of a suite parameterized by another line.
 */
public final class LineSampleCondition implements ExecutionCondition {
    private static final List<String> LINES = System.getProperty("it.lines") == null ? null
            : Arrays.stream(System.getProperty("it.lines").split(",")).map(String::strip).toList();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (LINES != null) {
            for (HibernateLine line : HibernateLine.values()) {
                if (context.getDisplayName().contains(line.toString()) && !LINES.contains(line.toString())) {
                    return ConditionEvaluationResult.disabled("this run samples the lines " + LINES);
                }
            }
        }
        return ConditionEvaluationResult.enabled("every line");
    }
}
