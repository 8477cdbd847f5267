package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * {@code CollectionUpdateAction} writes an emptied collection with one statement that nulls every foreign key of a
 * one-to-many to the owner: the keys of its orphans, flagged in the same flush, and of the elements removed before,
 * which it does not see. For soft-deleted elements it goes row by row instead, as it does under a filter, so that
 * {@link RemovedElementKeyInstrumentation} keeps the orphans' keys and the removed rows are not touched.
 */
public final class EmptiedCollectionInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.action.internal.CollectionUpdateAction";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls("org/hibernate/persister/collection/CollectionPersister", "isAffectedByEnabledFilters",
                "(Lorg/hibernate/engine/spi/SharedSessionContractImplementor;)Z",
                getClass().getPackageName() + ".RemovedElementKeyAdvice", "rowByRow");
    }
}
