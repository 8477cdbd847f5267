package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Deque;

import org.hibernate.spi.NavigablePath;

/** The explicit, non-fetch query joins being translated on this thread, innermost first. */
final class ExplicitJoins {
    /** Stands for a join that is not one: a fetch join. */
    private static final Object FETCH = new Object();
    private static final ThreadLocal<Deque<Object>> JOINS = ThreadLocal.withInitial(ArrayDeque::new);

    private ExplicitJoins() {
    }

    static void begin(NavigablePath join) {
        JOINS.get().push(join == null ? FETCH : join);
    }

    static void end() {
        JOINS.get().pop();
    }

    static boolean isCurrent(NavigablePath join) {
        return JOINS.get().peek() == join;
    }
}
