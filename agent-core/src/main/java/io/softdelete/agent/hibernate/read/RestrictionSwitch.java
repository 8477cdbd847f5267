package io.softdelete.agent.hibernate.read;

import java.util.function.Supplier;

import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * Changes the next live-row restriction one soft-delete mapping builds on this thread, once. Every such
 * restriction Hibernate builds comes from {@code SoftDeleteMapping.createNonDeletedRestriction}; the first one
 * a load plan, or the translation of a query root, asks for is its root's.
 */
final class RestrictionSwitch {
    /** The mapping whose next restriction changes: left out, or also true of a null-extended row. */
    private record Next(SoftDeleteMapping mapping, EntityMappingType nullExtendedEntity) {
    }

    private static final ThreadLocal<Next> NEXT = new ThreadLocal<>();

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
        Next next = NEXT.get();
        if (next == null || next.mapping() != mapping) {
            return restriction;
        }
        NEXT.set(null);
        // an empty conjunction is no predicate at all: Hibernate drops it when combining predicates
        return next.nullExtendedEntity() == null ? new Junction(Junction.Nature.CONJUNCTION)
                : LiveRows.orNullExtended(restriction, table, next.nullExtendedEntity());
    }
}
