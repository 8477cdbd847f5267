package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/** As {@link RemovedElementKeyInstrumentation}, for a one-to-many of a table-per-class hierarchy's elements. */
public final class RemovedElementKeyTablePerClassInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.collection.mutation.DeleteRowsCoordinatorTablePerSubclass";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls(RemovedElementKeyInstrumentation.COLLECTION, "getDeletes", RemovedElementKeyInstrumentation.GET_DELETES,
                getClass().getPackageName() + ".RemovedElementKeyAdvice", "deletes");
    }
}
