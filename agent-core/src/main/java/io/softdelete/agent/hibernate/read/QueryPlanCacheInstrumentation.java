package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * The key under which Hibernate caches a query's plan, its SQL included: a query that reads removed rows gets none
 * ({@link RemovedRowsHint}), as a query Hibernate deems uncacheable does, so that its plan never serves another query
 * and no cached plan serves it.
 */
public final class QueryPlanCacheInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.internal.SqmInterpretationsKey";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("createInterpretationsKey", 1, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .replacingReturn("uncachedWhenHinted", Arg.argument(0));
    }
}
