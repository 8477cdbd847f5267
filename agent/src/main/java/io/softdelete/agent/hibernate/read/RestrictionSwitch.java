package io.softdelete.agent.hibernate.read;

import java.util.function.Supplier;

import org.hibernate.metamodel.mapping.SoftDeleteMapping;

/**
 * Leaves out the live-row restriction of one soft-delete mapping, once, while a plan is being built on
 * this thread. Every such restriction Hibernate builds comes from
 * {@code SoftDeleteMapping.createNonDeletedRestriction}; the first one a load plan asks for is its root's.
 */
final class RestrictionSwitch {
    private static final ThreadLocal<SoftDeleteMapping> SKIP_NEXT = new ThreadLocal<>();

    private RestrictionSwitch() {
    }

    static <T> T withoutRootRestriction(SoftDeleteMapping mapping, Supplier<T> planBuilder) {
        SoftDeleteMapping previous = begin(mapping);
        try {
            return planBuilder.get();
        } finally {
            end(previous);
        }
    }

    /** For a plan built between two advice calls: returns what {@link #end} must restore. */
    static SoftDeleteMapping begin(SoftDeleteMapping mapping) {
        SoftDeleteMapping previous = SKIP_NEXT.get();
        SKIP_NEXT.set(mapping);
        return previous;
    }

    static void end(SoftDeleteMapping previous) {
        SKIP_NEXT.set(previous);
    }

    /** Whether this restriction is the one to leave out; if so, it is consumed. */
    static boolean skip(SoftDeleteMapping mapping) {
        if (SKIP_NEXT.get() == mapping) {
            SKIP_NEXT.set(null);
            return true;
        }
        return false;
    }
}
