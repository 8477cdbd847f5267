package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * A one-to-many mapped by a join column deletes a row that leaves the collection by nulling the element's foreign
 * key, before the element is removed (an orphan, or one the application removes with it). A soft-deleted element
 * keeps its row, and with it the key to its owner: the row is left as it is, and only flagged.
 */
public final class RemovedElementKeyInstrumentation implements TypeInstrumentation {
    static final String COLLECTION = "org/hibernate/collection/spi/PersistentCollection";
    static final String GET_DELETES = "(Lorg/hibernate/persister/collection/CollectionPersister;Z)Ljava/util/Iterator;";

    @Override
    public String typeName() {
        return "org.hibernate.persister.collection.mutation.DeleteRowsCoordinatorStandard";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls(COLLECTION, "getDeletes", GET_DELETES, getClass().getPackageName() + ".RemovedElementKeyAdvice", "deletes");
    }
}
