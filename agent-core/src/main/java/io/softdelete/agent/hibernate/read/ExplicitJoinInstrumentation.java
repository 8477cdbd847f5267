package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * An explicit {@code join o.customer c} is a query, not navigation: it keeps its meaning and leaves out
 * soft-deleted customers. While Hibernate translates such a join (not a fetch join, which is navigation),
 * the advice marks it, so that the to-one builds its join with the restriction in the ON clause (see
 * {@link ExplicitToOneJoinAdvice}): an inner join stays an inner join and drops the row, a left join keeps
 * the row with no customer. The join is also kept in the SQL, which Hibernate may otherwise leave out.
 * <p>
 * A root whose joins include a right or full join gets its restrictions, and those of its joins, placed by
 * {@link RightAndFullJoins} once its joins are translated.
 * <p>
 * For {@code size}, {@code member of}, {@code elements} and the like, the converter builds a subquery over a
 * collection's rows with the collection's own restrictions only: it counts the rows of removed elements, and for a
 * many-to-many the links to them. The subquery gets the restriction of soft-deleted elements too (see
 * {@link CollectionSubqueryAdvice}).
 */
public final class ExplicitJoinInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.sql.BaseSqmToSqlAstConverter";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("consumeAttributeJoin", 4, getClass().getPackageName() + ".ExplicitJoinAdvice")
                .atEntry("markExplicitJoin", Arg.argument(0))
                .atExit("keepRestrictedJoin", Arg.argument(0))
                .onThrow("endExplicitJoin");
        hooks.method("consumeFromClauseRoot", 1, getClass().getPackageName() + ".RightAndFullJoinAdvice")
                .atEntry("nullExtendedRootRestriction", Arg.THIS, Arg.argument(0))
                .atExit("placeRestrictions", Arg.THIS, Arg.argument(0))
                .onThrow("endRoot");
        hooks.replaceCalls("org.hibernate.metamodel.mapping.PluralAttributeMapping", "applyBaseRestrictions",
                "(Ljava/util/function/Consumer;Lorg/hibernate/sql/ast/tree/from/TableGroup;ZLjava/util/Map;ZLjava/util/Set;"
                        + "Lorg/hibernate/sql/ast/spi/SqlAstCreationState;)V",
                getClass().getPackageName() + ".CollectionSubqueryAdvice", "applyBaseRestrictions");
    }
}
