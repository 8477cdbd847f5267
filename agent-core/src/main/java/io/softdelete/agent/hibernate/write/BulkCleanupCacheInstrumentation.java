package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every bulk mutation statement schedules its second-level cache clean-up in
 * {@code BulkOperationCleanupAction.schedule}, which evicts the collections the statement's entity is an element
 * of, not those of its supertypes or subtypes. After a soft bulk delete those are evicted too (see
 * {@link RemovedElementCollections}); the links of the flagged rows stay, and a cached collection would go on
 * listing them. The hook advises the other {@code schedule} methods (of entity persisters, of table names) as
 * well, where the advice does nothing.
 */
public final class BulkCleanupCacheInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.action.internal.BulkOperationCleanupAction";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("schedule", 2, getClass().getPackageName() + ".RemovedElementCollectionsAdvice")
                .atExit("afterBulkCleanupScheduled", Arg.argument(0), Arg.argument(1));
    }
}
