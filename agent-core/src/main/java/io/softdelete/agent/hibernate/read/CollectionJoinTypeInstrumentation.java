package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Hibernate turns every join to a collection of soft-deleted elements into a LEFT join, so that
 * {@code join c.orders o} silently keeps customers without live orders. The join keeps the type the query
 * asked for; the restriction stays in its ON clause. When the elements are a JOINED subclass, the join keeps the
 * root table its restriction names (see {@link FlagTable}).
 * <p>
 * Within this class, {@code CollectionPersister.hasWhereRestrictions()} only decides whether an outer join to a
 * collection with a link table nests the join of its elements, {@code left join (link l join element e on ...) on
 * ...}, which it must when the ON refers to the element table. The restriction of soft-deleted elements does: left
 * unnested, an outer join keeps the link row of a removed element (the agent keeps link rows) with the element
 * null-extended, and the element's id, which Hibernate reads from the link row's foreign key, shows.
 */
public final class CollectionJoinTypeInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.PluralAttributeMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String here = getClass().getPackageName();
        hooks.replaceCalls("org.hibernate.persister.collection.CollectionPersister", "hasWhereRestrictions", "()Z",
                here + ".CollectionNestingView", "hasWhereRestrictions");
        hooks.method("determineSqlJoinType", 3, here + ".CollectionJoinTypeAdvice")
                .replacingReturn("keepRequestedJoinType", Arg.THIS, Arg.argument(0), Arg.argument(1), Arg.argument(2));
        hooks.method("createTableGroupJoin", 8, here + ".CollectionFlagTableAdvice")
                .atExit("keepFlagTable", Arg.THIS, Arg.argument(7));
    }
}
