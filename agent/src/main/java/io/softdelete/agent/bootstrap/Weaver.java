package io.softdelete.agent.bootstrap;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.TypeResolutionStrategy;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaConstant;

import static net.bytebuddy.matcher.ElementMatchers.isDefaultFinalizer;

/**
 * Writes the hooks of one class with Byte Buddy: advice bound through {@code invokedynamic}, and call-site
 * rewrites. The class keeps its shape (no new members), so the same works on retransformation.
 */
final class Weaver {
    private static final ClassFileLocator AGENT_CLASSES = ClassFileLocator.ForClassLoader.of(Weaver.class.getClassLoader());
    private static final MethodDescription.InDefinedShape BOOTSTRAP = bootstrapMethod();
    /** Synthetic methods are not ignored: lambda bodies in Hibernate's code need hooks too. */
    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .ignore(isDefaultFinalizer());

    private Weaver() {
    }

    static byte[] weave(String typeName, byte[] classFile, ClassLoader loader, List<TypeInstrumentation> instrumentations) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(typeName, classFile),
                ClassFileLocator.ForClassLoader.of(loader), AGENT_CLASSES);
        TypePool pool = new TypePool.Default.WithLazyResolution(new TypePool.CacheProvider.Simple(), locator,
                TypePool.Default.ReaderMode.FAST);
        TypeDescription type = pool.describe(typeName).resolve();
        WeavingHooks hooks = new WeavingHooks(BYTE_BUDDY.decorate(type, locator), type, pool, locator);
        for (TypeInstrumentation instrumentation : instrumentations) {
            instrumentation.declareHooks(hooks);
        }
        byte[] woven = hooks.builder.make(TypeResolutionStrategy.Passive.INSTANCE, pool).getBytes();
        for (CallSiteRewriter rewriter : hooks.rewriters) {
            if (rewriter.rewritten() == 0) {
                hooks.problems.add("no call of " + rewriter.describe() + " to replace");
            }
        }
        HookRegistry.recordApplied(loader, typeName, hooks.problems);
        return woven;
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

    private static final class WeavingHooks implements Hooks {
        private final TypeDescription type;
        private final TypePool pool;
        private final ClassFileLocator locator;
        private final List<String> problems = new ArrayList<>();
        private final List<CallSiteRewriter> rewriters = new ArrayList<>();
        private DynamicType.Builder<?> builder;

        WeavingHooks(DynamicType.Builder<?> builder, TypeDescription type, TypePool pool, ClassFileLocator locator) {
            this.builder = builder;
            this.type = type;
            this.pool = pool;
            this.locator = locator;
        }

        @Override
        public void advice(ElementMatcher<? super MethodDescription> methods, String adviceClassName) {
            if (type.getDeclaredMethods().filter(methods).isEmpty()) {
                problems.add("no method to advise with " + adviceClassName.substring(adviceClassName.lastIndexOf('.') + 1));
                return;
            }
            Advice advice = Advice.withCustomMapping()
                    .with(new Advice.AssignReturned.Factory())
                    .bootstrap(BOOTSTRAP, AdviceClassName.INSTANCE)
                    .to(pool.describe(adviceClassName).resolve(), locator);
            builder = builder.visit(advice.on(methods));
        }

        @Override
        public void replaceCalls(String calledOwner, String calledName, String calledDescriptor, String replacementClassName,
                                 String replacement) {
            CallSiteRewriter rewriter =
                    new CallSiteRewriter(calledOwner, calledName, calledDescriptor, replacementClassName, replacement);
            rewriters.add(rewriter);
            builder = builder.visit(rewriter);
        }

        @Override
        public boolean canSee(String className) {
            return pool.describe(className).isResolved();
        }
    }
}
