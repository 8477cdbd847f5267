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

    /**
     * Replaces, in every method of the class, each call of {@code calledOwner.calledName} with descriptor
     * {@code calledDescriptor} (as the call instruction names them) by a call of the public static method
     * {@code replacement} of {@code replacementClassName}, which receives the call's receiver, if any, and
     * arguments, and returns what the call would. At least one call must be found.
     */
    void replaceCalls(String calledOwner, String calledName, String calledDescriptor, String replacementClassName,
                      String replacement);

    /** Whether the instrumented class's loader can see the named class: hooks that differ between versions. */
    boolean canSee(String className);
}
