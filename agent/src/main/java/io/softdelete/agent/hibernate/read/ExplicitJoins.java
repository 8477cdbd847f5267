package io.softdelete.agent.hibernate.read;

import org.hibernate.spi.NavigablePath;

/** The explicit, non-fetch query join being translated on this thread, if any. */
final class ExplicitJoins {
    private static final ThreadLocal<NavigablePath> CURRENT = new ThreadLocal<>();

    private ExplicitJoins() {
    }

    /** Returns what to restore with {@link #end}. */
    static NavigablePath begin(NavigablePath join) {
        NavigablePath previous = CURRENT.get();
        CURRENT.set(join);
        return previous;
    }

    static void end(NavigablePath previous) {
        CURRENT.set(previous);
    }

    static boolean isCurrent(NavigablePath join) {
        return CURRENT.get() == join;
    }
}
