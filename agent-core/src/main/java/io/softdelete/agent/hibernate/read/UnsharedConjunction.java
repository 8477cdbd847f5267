package io.softdelete.agent.hibernate.read;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.sql.ast.spi.SqlAstTreeHelper;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * A WHERE conjunction that {@code QuerySpec.applyPredicate} extends by copying, never in place.
 * <p>
 * Where the dialect has no FULL join (H2, MySQL), Hibernate 7.4 renders one as a union of branches, each a copy of
 * the query spec that shares its WHERE, and adds each branch's own nullness test with {@code applyPredicate}. A WHERE
 * that is a conjunction is extended in place, so every branch gets the tests of all branches and the left one loses
 * its rows. The live-row restrictions a full join needs in WHERE make it a conjunction; the WHERE of such a query
 * spec is one of these instead.
 */
public final class UnsharedConjunction extends Junction {
    private UnsharedConjunction(List<Predicate> predicates) {
        super(Nature.CONJUNCTION, predicates, null);
    }

    /** Applied to a query spec, turns its WHERE, now and whatever is added to it later, into one of these. */
    static Predicate marker() {
        return new UnsharedConjunction(new ArrayList<>());
    }

    /** Stands in for {@code SqlAstTreeHelper.combinePredicates} inside {@code QuerySpec}. */
    public static Predicate combinePredicates(Predicate base, Predicate incoming) {
        if (!(base instanceof UnsharedConjunction) && !(incoming instanceof UnsharedConjunction)) {
            return SqlAstTreeHelper.combinePredicates(base, incoming);
        }
        List<Predicate> conjuncts = new ArrayList<>();
        addConjuncts(base, conjuncts);
        addConjuncts(incoming, conjuncts);
        return new UnsharedConjunction(conjuncts);
    }

    private static void addConjuncts(Predicate predicate, List<Predicate> conjuncts) {
        if (predicate instanceof Junction junction && junction.getNature() == Nature.CONJUNCTION) {
            conjuncts.addAll(junction.getPredicates());
        } else if (predicate != null) {
            conjuncts.add(predicate);
        }
    }
}
