package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * {@code EntityDeleteAction.execute} runs every removal of a session ({@code remove}, cascaded, orphan
 * removal) and evicts the entity from the second-level cache. Once it has, the cached collections that may
 * list a soft-deleted entity are evicted too (see {@link RemovedElementCollections}).
 */
public final class RemovalCacheInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.action.internal.EntityDeleteAction";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("execute", 0, getClass().getPackageName() + ".RemovedElementCollectionsAdvice")
                .atExit("afterRemoval", Arg.THIS);
    }
}
