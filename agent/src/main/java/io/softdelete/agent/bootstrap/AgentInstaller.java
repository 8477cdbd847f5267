package io.softdelete.agent.bootstrap;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaConstant;
import net.bytebuddy.utility.JavaModule;

import static net.bytebuddy.matcher.ElementMatchers.isDefaultFinalizer;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Installs the agent's {@link TypeInstrumentation}s with Byte Buddy. Types are matched by exact name,
 * never by scanning hierarchies; every hook is counted, and {@link HookRegistry} remembers what applied.
 */
public final class AgentInstaller {
    private static final ClassFileLocator AGENT_CLASSES =
            ClassFileLocator.ForClassLoader.of(AgentInstaller.class.getClassLoader());
    private static final MethodDescription.InDefinedShape BOOTSTRAP = bootstrapMethod();

    private AgentInstaller() {
    }

    public static void install(Instrumentation instrumentation, List<TypeInstrumentation> instrumentations) {
        Map<String, List<TypeInstrumentation>> byType = new HashMap<>();
        for (TypeInstrumentation each : instrumentations) {
            byType.computeIfAbsent(each.typeName(), ignored -> new ArrayList<>()).add(each);
        }
        HookRegistry.expect(instrumentations);
        // synthetic methods are not ignored: lambda bodies in Hibernate's code need hooks too
        new AgentBuilder.Default(new ByteBuddy().ignore(isDefaultFinalizer()))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(new ErrorRecorder())
                .ignore(not(nameStartsWith("org.hibernate.")))
                .type(type -> byType.containsKey(type.getName()))
                .transform((builder, type, loader, module, domain) ->
                        transform(builder, type, loader, byType.get(type.getName())))
                .installOn(instrumentation);
    }

    private static DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription type,
                                                    ClassLoader loader, List<TypeInstrumentation> instrumentations) {
        ClassFileLocator locator = new ClassFileLocator.Compound(AGENT_CLASSES, ClassFileLocator.ForClassLoader.of(loader));
        TypePool pool = TypePool.Default.of(locator);
        CollectingHooks hooks = new CollectingHooks(builder, type, pool, locator);
        for (TypeInstrumentation instrumentation : instrumentations) {
            instrumentation.declareHooks(hooks);
        }
        HookRegistry.recordApplied(loader, type.getName(), hooks.problems);
        return hooks.builder;
    }

    private static MethodDescription.InDefinedShape bootstrapMethod() {
        for (Method method : IndyBootstrap.class.getMethods()) {
            if (method.getName().equals("bootstrap")) {
                return new MethodDescription.ForLoadedMethod(method);
            }
        }
        throw new IllegalStateException("IndyBootstrap.bootstrap is missing");
    }

    /** Passes the advice class's name to {@link IndyBootstrap}; nothing else is needed to bind. */
    private enum AdviceClassName implements Advice.BootstrapArgumentResolver.Factory {
        INSTANCE;

        @Override
        public Advice.BootstrapArgumentResolver resolve(MethodDescription.InDefinedShape adviceMethod, boolean exit) {
            return (instrumentedType, instrumentedMethod) ->
                    List.of(JavaConstant.Simple.ofLoaded(adviceMethod.getDeclaringType().getName()));
        }
    }

    private static final class CollectingHooks implements Hooks {
        private final TypeDescription type;
        private final TypePool pool;
        private final ClassFileLocator locator;
        private final List<String> problems = new ArrayList<>();
        private DynamicType.Builder<?> builder;

        CollectingHooks(DynamicType.Builder<?> builder, TypeDescription type, TypePool pool, ClassFileLocator locator) {
            this.builder = builder;
            this.type = type;
            this.pool = pool;
            this.locator = locator;
        }

        @Override
        public void advice(ElementMatcher<? super MethodDescription> methods, String adviceClassName) {
            if (!matchesSome(methods, adviceClassName)) {
                return;
            }
            Advice advice = Advice.withCustomMapping()
                    .with(new Advice.AssignReturned.Factory())
                    .bootstrap(BOOTSTRAP, AdviceClassName.INSTANCE)
                    .to(pool.describe(adviceClassName).resolve(), locator);
            builder = builder.visit(advice.on(methods));
        }

        @Override
        public void replaceCalls(ElementMatcher<? super MethodDescription> methods,
                                 ElementMatcher<? super MethodDescription> calls,
                                 String replacementClassName, String replacement) {
            if (!matchesSome(methods, replacementClassName)) {
                return;
            }
            MethodDescription.InDefinedShape target = pool.describe(replacementClassName).resolve()
                    .getDeclaredMethods().filter(named(replacement)).getOnly();
            builder = builder.visit(MemberSubstitution.relaxed()
                    .method(calls)
                    .replaceWithChain(MemberSubstitution.Substitution.Chain.Step.ForDelegation.withCustomMapping()
                            .bootstrap(BOOTSTRAP)
                            .to(target))
                    .on(methods));
        }

        @Override
        public boolean canSee(String className) {
            return pool.describe(className).isResolved();
        }

        private boolean matchesSome(ElementMatcher<? super MethodDescription> methods, String hookClassName) {
            if (type.getDeclaredMethods().filter(methods).isEmpty()) {
                problems.add("no method matched for " + hookClassName.substring(hookClassName.lastIndexOf('.') + 1));
                return false;
            }
            return true;
        }
    }

    /** A class that fails to transform must not fail silently: the persistence unit will refuse to boot. */
    private static final class ErrorRecorder extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
            HookRegistry.recordError(classLoader, typeName, throwable);
        }
    }
}
