package io.softdelete.agent.hibernate.read;

import java.util.function.Supplier;

import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.NegatedPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Changes the next live-row restriction one soft-delete mapping builds on this thread, once; or, while a read of
 * removed rows is planned ({@link RemovedRowsHint}), every one. Every such restriction Hibernate builds comes from
 * {@code SoftDeleteMapping.createNonDeletedRestriction}; the first one a load plan, or the translation of a query
 * root, asks for is its root's.
 */
final class RestrictionSwitch {
    /** The mapping whose next restriction changes: left out, or also true of a null-extended row. */
    private record Next(SoftDeleteMapping mapping, EntityMappingType nullExtendedEntity) {
    }

    /**
     * A plan of a hinted read: every restriction is left out, but for {@code only} the first one of the root's
     * mapping, which is turned around to let removed rows through and nothing else.
     */
    private static final class Hinted {
        private final SoftDeleteMapping onlyRemoved;
        private boolean rootDone;

        private Hinted(SoftDeleteMapping onlyRemoved) {
            this.onlyRemoved = onlyRemoved;
        }
    }

    private static final ThreadLocal<Next> NEXT = new ThreadLocal<>();
    private static final ThreadLocal<Hinted> HINTED = new ThreadLocal<>();

    private RestrictionSwitch() {
    }

    static <T> T withoutRootRestriction(SoftDeleteMapping mapping, Supplier<T> planBuilder) {
        Object previous = beginWithoutRootRestriction(mapping);
        try {
            return planBuilder.get();
        } finally {
            end(previous);
        }
    }

    /**
     * For a plan built between two advice calls: its root restriction is left out. Returns what {@link #end}
     * restores, possibly {@code null}.
     */
    static Object beginWithoutRootRestriction(SoftDeleteMapping mapping) {
        Next previous = NEXT.get();
        NEXT.set(new Next(mapping, null));
        return previous;
    }

    static void end(Object previous) {
        NEXT.set((Next) previous);
    }

    /** {@link #withoutRootRestriction} of that mapping; for {@code null}, {@link #withoutAnyRestriction}. */
    static <T> T withoutRestrictionOf(SoftDeleteMapping rootOnly, Supplier<T> planBuilder) {
        return rootOnly == null ? withoutAnyRestriction(planBuilder) : withoutRootRestriction(rootOnly, planBuilder);
    }

    /** A plan built with every live-row restriction left out: what a hinted session loads by id and in collections. */
    static <T> T withoutAnyRestriction(Supplier<T> planBuilder) {
        Object previous = beginHinted(null);
        try {
            return planBuilder.get();
        } finally {
            endHinted(previous);
        }
    }

    /**
     * For a query translated between two advice calls: every restriction is left out; with {@code onlyRemoved}, the
     * root's (the first of that mapping) lets removed rows through instead. Returns what {@link #endHinted} restores.
     */
    static Object beginHinted(SoftDeleteMapping onlyRemoved) {
        Hinted previous = HINTED.get();
        HINTED.set(new Hinted(onlyRemoved));
        return previous;
    }

    static void endHinted(Object previous) {
        HINTED.set((Hinted) previous);
    }

    /** Until {@link #endNullExtended}: the entity's next restriction also lets through a row a join null-extends. */
    static void nullExtendedNext(EntityMappingType entity) {
        NEXT.set(new Next(entity.getSoftDeleteMapping(), entity));
    }

    /** Drops what {@link #nullExtendedNext} set, in case no restriction consumed it. */
    static void endNullExtended() {
        Next next = NEXT.get();
        if (next != null && next.nullExtendedEntity() != null) {
            NEXT.remove();
        }
    }

    /** The restriction to build instead of this one; the change, if any, is consumed. */
    static Predicate apply(Predicate restriction, SoftDeleteMapping mapping, TableReference table) {
        Hinted hinted = HINTED.get();
        if (hinted != null) {
            return hinted(hinted, restriction, mapping);
        }
        Next next = NEXT.get();
        if (next == null || next.mapping() != mapping) {
            return restriction;
        }
        NEXT.set(null);
        // an empty conjunction is no predicate at all: Hibernate drops it when combining predicates
        return next.nullExtendedEntity() == null ? new Junction(Junction.Nature.CONJUNCTION)
                : LiveRows.orNullExtended(restriction, table, next.nullExtendedEntity());
    }

    private static Predicate hinted(Hinted hinted, Predicate restriction, SoftDeleteMapping mapping) {
        Next next = NEXT.get();
        if (next != null && next.mapping() == mapping) {
            NEXT.set(null);
        }
        if (hinted.onlyRemoved == mapping && !hinted.rootDone) {
            hinted.rootDone = true;
            return new NegatedPredicate(restriction);
        }
        return new Junction(Junction.Nature.CONJUNCTION);
    }
}
