package io.softdelete.agent.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which of the agent's hooks were written into which class loader's copy of Hibernate. The persistence
 * unit consults it at boot and refuses to start if a hook is missing: a hook that silently did not apply
 * could let a real DELETE through.
 */
public final class HookRegistry {
    /** Per Hibernate class loader (weak), per instrumented type: the problems found, empty when all applied. */
    private static final Map<ClassLoader, Map<String, List<String>>> OUTCOMES = new WeakHashMap<>();
    private static volatile List<TypeInstrumentation> instrumentations = List.of();

    private HookRegistry() {
    }

    static void expect(List<TypeInstrumentation> all) {
        instrumentations = List.copyOf(all);
    }

    static void recordApplied(ClassLoader loader, String typeName, List<String> problems) {
        synchronized (OUTCOMES) {
            OUTCOMES.computeIfAbsent(loader, ignored -> new LinkedHashMap<>()).put(typeName, List.copyOf(problems));
        }
    }

    static void recordError(ClassLoader loader, String typeName, Throwable error) {
        recordApplied(loader, typeName, List.of("could not be instrumented: " + error));
    }

    /**
     * Loads every instrumented class through {@code hibernateLoader} (which instruments it, if it was not
     * loaded yet) and returns what did not apply, one line per problem; empty when all hooks are in place.
     */
    public static List<String> verify(ClassLoader hibernateLoader) {
        List<String> problems = new ArrayList<>();
        for (TypeInstrumentation instrumentation : instrumentations) {
            String typeName = instrumentation.typeName();
            ClassLoader definingLoader;
            try {
                definingLoader = Class.forName(typeName, false, hibernateLoader).getClassLoader();
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(typeName + " was not found");
                continue;
            }
            List<String> outcome;
            synchronized (OUTCOMES) {
                outcome = OUTCOMES.getOrDefault(definingLoader, Map.of()).get(typeName);
            }
            if (outcome == null) {
                problems.add(typeName + " was loaded but not instrumented");
            } else {
                for (String problem : outcome) {
                    problems.add(typeName + ": " + problem);
                }
            }
        }
        return problems;
    }
}
