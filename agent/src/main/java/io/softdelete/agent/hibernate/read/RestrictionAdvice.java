package io.softdelete.agent.hibernate.read;

import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;

public final class RestrictionAdvice {
    private RestrictionAdvice() {
    }

    public static Predicate switchRestriction(Predicate restriction, SoftDeleteMapping mapping) {
        // an empty conjunction is no predicate at all: Hibernate drops it when combining predicates
        return RestrictionSwitch.skip(mapping) ? new Junction(Junction.Nature.CONJUNCTION) : restriction;
    }
}
