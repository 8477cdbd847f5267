package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * {@code AbstractCollectionPersister.remove} deletes all rows of an owner's collection, or nulls the
 * foreign keys of a one-to-many. When the owner is a soft-deleted entity being removed, nothing is
 * deleted: join-table links, element-collection rows and child foreign keys stay, so that the owner can
 * be restored whole. When the owner stays and its elements are soft-deleted, only the rows of live elements
 * go ({@link LiveElementRows}). Hibernate's bookkeeping around the call is left to run as usual.
 */
public final class CollectionRowsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.collection.AbstractCollectionPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("remove", 2, getClass().getPackageName() + ".KeepCollectionRowsAdvice")
                .skippingWhen("keepRows", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
