package io.softdelete.agent.bootstrap;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.softdelete.agent.hibernate.HibernateLines;

/**
 * Registers the agent's transformer. It recognises the few instrumented Hibernate classes by exact name
 * and leaves every other class alone without further work; only those are read and written, with ASM
 * (see {@link Weaver}).
 */
public final class AgentInstaller implements ClassFileTransformer {
    /**
     * Loaded early in every boot of every Hibernate ORM: when it loads, the classes the agent hooks must be
     * there beside it. A Hibernate that renamed one of them would otherwise run with that hook missing and
     * none of the boot checks, which are themselves hooked, to notice.
     */
    private static final String SENTINEL = "org/hibernate/Version";
    /**
     * Returned for a class that could be neither hooked nor poisoned: no JVM defines it. Returning nothing
     * would load the class as it is, without its hooks.
     */
    private static final byte[] NOT_A_CLASS = {0};

    /** By internal name, as the JVM passes it. */
    private final Map<String, List<TypeInstrumentation>> byInternalName = new HashMap<>();

    private AgentInstaller(List<TypeInstrumentation> instrumentations) {
        for (TypeInstrumentation each : instrumentations) {
            byInternalName.computeIfAbsent(each.typeName().replace('.', '/'), ignored -> new ArrayList<>()).add(each);
        }
    }

    public static void install(Instrumentation instrumentation, List<TypeInstrumentation> instrumentations) {
        HookRegistry.expect(instrumentations);
        AgentInstaller installer = new AgentInstaller(instrumentations);
        instrumentation.addTransformer(installer, true);
        // attached to a running JVM: classes loaded before the agent get their hooks too
        Set<String> hookedTypes = new HashSet<>();
        for (TypeInstrumentation each : instrumentations) {
            hookedTypes.add(each.typeName());
        }
        String sentinelType = SENTINEL.replace('/', '.');
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String typeName = type.getName();
            if (hookedTypes.contains(typeName)) {
                loaded.add(type);
            } else if (sentinelType.equals(typeName) && type.getClassLoader() != null) {
                List<String> missing = HookRegistry.missingTypes(type.getClassLoader());
                if (!missing.isEmpty()) {
                    throw new IllegalStateException(unsupported(type.getClassLoader(), missing));
                }
            }
        }
        if (!loaded.isEmpty()) {
            try {
                instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                // the JVM keeps the whole batch as it was, unhooked, whatever weaving recorded for each class
                for (Class<?> type : loaded) {
                    HookRegistry.recordError(type.getClassLoader(), type.getName(), e);
                }
                throw new IllegalStateException("soft-delete-agent: cannot instrument " + loaded + ": " + e, e);
            }
        }
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        // called for every class the JVM loads: those of the bootstrap loader, the JDK's core, are let through first
        if (loader == null || internalName == null) {
            return null;
        }
        if (SENTINEL.equals(internalName)) {
            return checkSentinel(loader, classfileBuffer);
        }
        List<TypeInstrumentation> instrumentations = byInternalName.get(internalName);
        if (instrumentations == null) {
            return null;
        }
        String typeName = internalName.replace('/', '.');
        try {
            byte[] woven = Weaver.weave(typeName, classfileBuffer, loader, instrumentations);
            List<String> problems = HookRegistry.problemsOf(loader, typeName);
            return problems.isEmpty() ? woven : makeUnusable(classfileBuffer, "soft-delete-agent: cannot hook " + typeName
                    + ": " + String.join("; ", problems));
        } catch (Throwable e) {
            // the JVM would swallow it and load the class unchanged: it must not run without its hooks
            HookRegistry.recordError(loader, typeName, e);
            return makeUnusable(classfileBuffer, "soft-delete-agent: cannot hook " + typeName + ": " + e);
        }
    }

    private static byte[] checkSentinel(ClassLoader loader, byte[] classFile) {
        try {
            List<String> missing = HookRegistry.missingTypes(loader);
            return missing.isEmpty() ? null : makeUnusable(classFile, unsupported(loader, missing));
        } catch (Throwable e) {
            return makeUnusable(classFile, "soft-delete-agent: cannot check this Hibernate ORM: " + e);
        }
    }

    /**
     * The class's first use throws {@code message} (or, should even that fail, the class cannot be defined at
     * all); the message is also printed now, since Hibernate may wrap that throw deep in its own exceptions.
     */
    private static byte[] makeUnusable(byte[] classFile, String message) {
        System.err.println(message);
        try {
            return Poison.poison(classFile, message);
        } catch (Throwable unusable) {
            return NOT_A_CLASS;
        }
    }

    /** Names the version, as the version gate would (which cannot run where a hooked class is missing). */
    private static String unsupported(ClassLoader loader, List<String> missing) {
        String version = HibernateLines.versionOf(loader);
        return "soft-delete-agent: this Hibernate ORM" + (version == null ? "" : " (" + version + ")") + " has no "
                + String.join(", ", missing) + ": it is not a version the agent supports (supported: "
                + String.join(", ", HibernateLines.SUPPORTED) + "); see the agent's README for the supported versions";
    }
}
