package io.softdelete.agent.bootstrap;

/**
 * Advice for the selected methods: public static methods of one advice class, called through
 * {@code invokedynamic} (see {@link IndyBootstrap}). An advice method declares the parameters the call
 * passes, in order; their types may be supertypes of what is passed.
 */
public interface MethodHooks {

    /** On entry: {@code void advice(args...)}. */
    MethodHooks atEntry(String adviceMethod, Arg... args);

    /** On entry of a {@code void} method: {@code boolean advice(args...)}; {@code true} returns at once. */
    MethodHooks skippingWhen(String adviceMethod, Arg... args);

    /** Before each return: {@code void advice([returned value,] args...)}. */
    MethodHooks atExit(String adviceMethod, Arg... args);

    /** Before each return: {@code R advice(returned value, args...)}, which the method then returns. */
    MethodHooks replacingReturn(String adviceMethod, Arg... args);

    /**
     * When the method throws, or the advice before a return does: {@code void advice()}; then the exception
     * propagates. What an entry advice must undo this way, it keeps on a stack of its own (a thread local),
     * which the exit advice pops last.
     */
    MethodHooks onThrow(String adviceMethod);
}
