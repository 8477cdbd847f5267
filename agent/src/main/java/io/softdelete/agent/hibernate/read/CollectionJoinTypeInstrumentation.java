package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Two decisions about a join to a collection of soft-deleted elements. Hibernate turns every such join into a LEFT
 * join, so that {@code join c.orders o} silently keeps customers without live orders: the join keeps the type the
 * query asked for, the restriction stays in its ON clause. And a many-to-many's outer join is two joins, of the link
 * table and of the element table, with the restriction on the second only, so that a link to a removed element
 * still yields a row (with no element) per link: the two are nested, {@code left join (link join element) on ...},
 * with the restriction in the ON clause of the whole, as Hibernate nests them for a collection with restrictions of
 * its own ({@code hasWhereRestrictions}, which it asks only to decide that).
 */
public final class CollectionJoinTypeInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.PluralAttributeMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".CollectionJoinTypeAdvice";
        hooks.method("determineSqlJoinType", 3, advice)
                .replacingReturn("keepRequestedJoinType", Arg.THIS, Arg.argument(0), Arg.argument(1), Arg.argument(2));
        hooks.replaceCalls("org.hibernate.persister.collection.CollectionPersister", "hasWhereRestrictions", "()Z",
                advice, "nestsElementJoin");
    }
}
