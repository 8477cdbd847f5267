package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * How a query spec combines its WHERE with another predicate: see {@link UnsharedConjunction}.
 */
public final class QuerySpecInstrumentation implements TypeInstrumentation {
    private static final String PREDICATE = "Lorg/hibernate/sql/ast/tree/predicate/Predicate;";

    @Override
    public String typeName() {
        return "org.hibernate.sql.ast.tree.select.QuerySpec";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls("org.hibernate.sql.ast.spi.SqlAstTreeHelper", "combinePredicates",
                "(" + PREDICATE + PREDICATE + ")" + PREDICATE, getClass().getPackageName() + ".UnsharedConjunction",
                "combinePredicates");
    }
}
