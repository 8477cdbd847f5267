package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * {@code StatelessSession.delete} removes the entity's collection rows itself, in {@code removeCollections},
 * before the entity. For a soft-deleted entity they stay, as they do on {@code remove}; for another, they go
 * with it. (Its update removes them too, to rewrite them, and there only the rows of live elements go: the
 * removal is marked as a deletion here, see {@link LiveElementRows}.) Once {@code delete} has evicted the entity
 * from the second-level cache, the cached collections that may list it are evicted too (see
 * {@link RemovedElementCollections}). On 6.6, {@code delete} removes them through {@code forEachOwnedCollection},
 * which the other stateless operations use as well: the loop is a deletion only where {@code delete} runs it for
 * its entity; and the
 * entity's cache entry, which 6.6 leaves, goes ({@code StatelessDeleteCacheAdvice66}). Each stateless delete is a
 * removal of its own in the removal journal.
 */
public final class StatelessDeleteInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.StatelessSessionImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String keep = getClass().getPackageName() + ".KeepStatelessCollectionRowsAdvice";
        if (hooks.canSee(HibernateLines.SINCE_7)) {
            hooks.method("removeCollections", 3, keep)
                    .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(2))
                    .atEntry("beginOwnerDeletion", Arg.argument(0))
                    .atExit("endOwnerDeletion")
                    .onThrow("endOwnerDeletion");
        } else {
            hooks.method("delete", 2, keep)
                    .atEntry("beginDelete", Arg.argument(1))
                    .atExit("endDelete")
                    .onThrow("endDelete");
            hooks.method("forEachOwnedCollection", 4, keep)
                    .skippingWhen("keepRowsOfDeletedOwner", Arg.argument(0), Arg.argument(2))
                    .atEntry("beginCollectionLoop", Arg.argument(0))
                    .atExit("endOwnerDeletion")
                    .onThrow("endOwnerDeletion");
            hooks.method("delete", 2, getClass().getPackageName() + ".StatelessDeleteCacheAdvice66")
                    .atExit("evictRemovedEntity", Arg.THIS, Arg.argument(0), Arg.argument(1));
        }
        hooks.method("delete", 2, getClass().getPackageName() + ".RemovalJournalAdvice")
                .atEntry("beginStatelessDelete", Arg.THIS, Arg.argument(0), Arg.argument(1))
                .atExit("endRemoval")
                .onThrow("endRemoval");
        hooks.method("delete", 2, getClass().getPackageName() + ".RemovedElementCollectionsAdvice")
                .atExit("afterStatelessDelete", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
