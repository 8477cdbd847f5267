package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * {@code StatelessSession.delete} removes the entity's collection rows itself, in {@code removeCollections},
 * before the entity. For a soft-deleted entity they stay, as they do on {@code remove}; for another, they go
 * with it. (Its update removes them too, to rewrite them, and there only the rows of live elements go: the
 * removal is marked as a deletion here, see {@link LiveElementRows}.) Once {@code delete} has evicted the entity
 * from the second-level cache, the cached collections that may list it are evicted too (see
 * {@link RemovedElementCollections}).
 */
public final class StatelessDeleteInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.StatelessSessionImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("removeCollections", 3, getClass().getPackageName() + ".KeepStatelessCollectionRowsAdvice")
                .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(2))
                .atEntry("beginOwnerDeletion")
                .atExit("endOwnerDeletion")
                .onThrow("endOwnerDeletion");
        hooks.method("delete", 2, getClass().getPackageName() + ".RemovedElementCollectionsAdvice")
                .atExit("afterStatelessDelete", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
