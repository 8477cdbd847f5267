package io.softdelete.agent.hibernate.read;

import net.bytebuddy.asm.Advice;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;

public final class RestrictionAdvice {
    private RestrictionAdvice() {
    }

    @Advice.OnMethodExit(inline = false)
    @Advice.AssignReturned.ToReturned
    public static Predicate switchRestriction(@Advice.This SoftDeleteMapping mapping, @Advice.Return Predicate restriction) {
        // an empty conjunction is no predicate at all: Hibernate drops it when combining predicates
        return RestrictionSwitch.skip(mapping) ? new Junction(Junction.Nature.CONJUNCTION) : restriction;
    }
}
