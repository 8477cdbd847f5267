package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * The key under which Hibernate caches a query's plan, its SQL included: a query that reads removed rows
 * ({@link RemovedRowsHint}) gets a key of its own, equal only to the keys of queries of the same text with the same
 * hint, so that its plan never serves another query and no other query's plan serves it. The mode goes into the key's
 * fetch profiles, which every line compares and nothing else reads: the key is Hibernate's final class, made in one
 * static method.
 */
public final class QueryPlanCacheInstrumentation implements TypeInstrumentation {
    private static final String KEY = "org.hibernate.query.sqm.internal.SqmInterpretationsKey";

    @Override
    public String typeName() {
        return KEY;
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".RemovedRowsHintAdvice";
        hooks.method("createInterpretationsKey", 1, advice)
                .atEntry("beginPlanKey", Arg.argument(0))
                .atExit("endPlanKey")
                .onThrow("failedPlanKey");
        hooks.replaceCalls(KEY, "memoryEfficientDefensiveSetCopy", "(Ljava/util/Set;)Ljava/util/Collection;", advice,
                "planKeyProfiles");
    }
}
