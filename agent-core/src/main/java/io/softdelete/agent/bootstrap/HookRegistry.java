package io.softdelete.agent.bootstrap;

import java.io.IOException;
import java.io.InputStream;
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

    static List<String> problemsOf(ClassLoader loader, String typeName) {
        synchronized (OUTCOMES) {
            return OUTCOMES.getOrDefault(loader, Map.of()).getOrDefault(typeName, List.of());
        }
    }

    static void recordError(ClassLoader loader, String typeName, Throwable error) {
        recordApplied(loader, typeName, List.of("could not be instrumented: " + error));
    }

    /**
     * What did not apply in the classes {@code hibernateLoader}'s Hibernate has loaded so far, one line per
     * problem. Cheap: each was woven as it loaded, and its outcome recorded.
     */
    public static List<String> problemsSoFar(ClassLoader hibernateLoader) {
        return problems(hibernateLoader, false);
    }

    /**
     * What did not apply, one line per problem; empty when all hooks are in place in {@code hibernateLoader}'s
     * Hibernate. A class already loaded there was woven, and its outcome recorded. A class not loaded yet is
     * checked on its class file, without loading it (Hibernate loads some only when they are first used);
     * should weaving it later fail all the same, the class is made unusable (see {@link AgentInstaller}).
     * Best called once Hibernate has loaded most of them: a class checked here and loaded later is read twice.
     */
    public static List<String> verify(ClassLoader hibernateLoader) {
        return problems(hibernateLoader, true);
    }

    private static List<String> problems(ClassLoader hibernateLoader, boolean readUnloaded) {
        List<String> problems = new ArrayList<>();
        for (TypeInstrumentation instrumentation : instrumentations) {
            String typeName = instrumentation.typeName();
            List<String> outcome;
            synchronized (OUTCOMES) {
                outcome = OUTCOMES.getOrDefault(hibernateLoader, Map.of()).get(typeName);
            }
            if (outcome == null) {
                outcome = readUnloaded ? dryRun(hibernateLoader, typeName) : List.of();
            }
            for (String problem : outcome) {
                problems.add(typeName + ": " + problem);
            }
        }
        return problems;
    }

    /** The instrumented types {@code hibernateLoader} cannot find, without loading any class. */
    static List<String> missingTypes(ClassLoader hibernateLoader) {
        List<String> missing = new ArrayList<>();
        for (TypeInstrumentation instrumentation : instrumentations) {
            String typeName = instrumentation.typeName();
            if (!missing.contains(typeName)
                    && hibernateLoader.getResource(typeName.replace('.', '/') + ".class") == null) {
                missing.add(typeName);
            }
        }
        return missing;
    }

    private static List<String> dryRun(ClassLoader hibernateLoader, String typeName) {
        List<TypeInstrumentation> ofType = new ArrayList<>();
        for (TypeInstrumentation instrumentation : instrumentations) {
            if (instrumentation.typeName().equals(typeName)) {
                ofType.add(instrumentation);
            }
        }
        try (InputStream classFile = hibernateLoader.getResourceAsStream(typeName.replace('.', '/') + ".class")) {
            if (classFile == null) {
                return List.of("was not found");
            }
            return Weaver.dryRun(classFile.readAllBytes(), hibernateLoader, ofType);
        } catch (IOException | RuntimeException e) {
            return List.of("could not be read: " + e);
        }
    }
}
