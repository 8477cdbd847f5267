package io.softdelete.agent.bootstrap;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * What a {@link TypeInstrumentation} does to its class.
 */
public interface Hooks {

    /**
     * Applies the advice class's {@code @Advice.OnMethodEnter}/{@code OnMethodExit} methods to the matched
     * methods. The advice is not inlined: the instrumented method calls it through an {@code invokedynamic}
     * bound by {@link IndyBootstrap}.
     */
    void advice(ElementMatcher<? super MethodDescription> methods, String adviceClassName);

    /** Whether the instrumented class's loader can see the named class: hooks that differ between versions. */
    boolean canSee(String className);

    /**
     * Within the matched methods, replaces each call of a method matched by {@code calls} with a call of
     * the static method {@code replacement} in {@code replacementClassName}, which receives the call's
     * receiver (if any) and arguments and returns what the replaced call would.
     */
    void replaceCalls(ElementMatcher<? super MethodDescription> methods,
                      ElementMatcher<? super MethodDescription> calls,
                      String replacementClassName, String replacement);
}
