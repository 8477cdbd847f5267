package io.softdelete.agent.bootstrap;

/**
 * What a {@link TypeInstrumentation} does to its class.
 */
public interface Hooks {

    /**
     * The methods (constructors: {@code <init>}) with this name and number of parameters ({@code -1}: any)
     * that are advised by the named class. At least one must exist.
     */
    MethodHooks method(String name, int parameterCount, String adviceClassName);

    /** As {@link #method(String, int, String)}, for the methods whose first parameter has this type. */
    MethodHooks method(String name, int parameterCount, String firstParameterType, String adviceClassName);

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
