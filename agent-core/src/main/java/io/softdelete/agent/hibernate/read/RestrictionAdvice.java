package io.softdelete.agent.hibernate.read;

import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;

public final class RestrictionAdvice {
    private RestrictionAdvice() {
    }

    public static Predicate switchRestriction(Predicate restriction, SoftDeleteMapping mapping, TableReference table) {
        return RestrictionSwitch.apply(restriction, mapping, table);
    }
}
