package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Hibernate turns every join to a collection of soft-deleted elements into a LEFT join, so that
 * {@code join c.orders o} silently keeps customers without live orders. The join keeps the type the query
 * asked for; the restriction stays in its ON clause.
 */
public final class CollectionJoinTypeInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.PluralAttributeMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("determineSqlJoinType", 3, getClass().getPackageName() + ".CollectionJoinTypeAdvice")
                .replacingReturn("keepRequestedJoinType", Arg.THIS, Arg.argument(0), Arg.argument(1), Arg.argument(2));
    }
}
