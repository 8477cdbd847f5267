package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

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
        hooks.advice(named("determineSqlJoinType").and(takesArguments(3)),
                getClass().getPackageName() + ".CollectionJoinTypeAdvice");
    }
}
