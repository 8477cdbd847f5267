package io.softdelete.agent.bootstrap;

/**
 * Advice for the selected methods: public static methods of one advice class, called through
 * {@code invokedynamic} (see {@link IndyBootstrap}). An advice method declares the parameters the call
 * passes, in order; their types may be supertypes of what is passed.
 */
public interface MethodHooks {

    /** On entry: {@code void advice(args...)}. */
    MethodHooks atEntry(String adviceMethod, Arg... args);

    /**
     * On entry: {@code Object advice(args...)}; what it returns is passed last to {@link #atExit},
     * {@link #replacingReturn} and {@link #onThrow}, so that they can restore what it changed.
     */
    MethodHooks atEntryKeeping(String adviceMethod, Arg... args);

    /** On entry of a {@code void} method: {@code boolean advice(args...)}; {@code true} returns at once. */
    MethodHooks skippingWhen(String adviceMethod, Arg... args);

    /** Before each return: {@code void advice([returned value,] args... [, kept])}. */
    MethodHooks atExit(String adviceMethod, Arg... args);

    /** Before each return: {@code R advice(returned value, args... [, kept])}, which the method then returns. */
    MethodHooks replacingReturn(String adviceMethod, Arg... args);

    /** When the method throws: {@code void advice([kept])}; then the exception propagates. */
    MethodHooks onThrow(String adviceMethod);
}
