package io.softdelete.agent.bootstrap;

/** A value an instrumented method passes to its advice. */
public final class Arg {
    enum Kind { THIS, ARGUMENT, ALL_ARGUMENTS, DECLARING_CLASS }

    /** The instance ({@code this}); not available on entry to a constructor. */
    public static final Arg THIS = new Arg(Kind.THIS, -1);
    /** All arguments, primitives boxed, as an {@code Object[]}. */
    public static final Arg ALL_ARGUMENTS = new Arg(Kind.ALL_ARGUMENTS, -1);
    /** The instrumented class, as a {@code Class}. */
    public static final Arg DECLARING_CLASS = new Arg(Kind.DECLARING_CLASS, -1);

    final Kind kind;
    final int index;

    private Arg(Kind kind, int index) {
        this.kind = kind;
        this.index = index;
    }

    /** The instrumented method's argument at this position (from 0). */
    public static Arg argument(int index) {
        return new Arg(Kind.ARGUMENT, index);
    }
}
