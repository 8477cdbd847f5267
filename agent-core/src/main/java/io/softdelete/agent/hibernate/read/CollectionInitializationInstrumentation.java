package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where a session initializes a lazy collection, from the second-level cache if it holds it, else through the
 * collection's loader: a session that reads removed rows ({@link RemovedRowsHint}) skips the cache, which holds the
 * collection's live rows only, as other sessions read it.
 */
public final class CollectionInitializationInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.event.internal.DefaultInitializeCollectionEventListener";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("onInitializeCollection", 1, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("beginCollectionInitialization", Arg.argument(0))
                .atExit("endCollectionInitialization")
                .onThrow("endCollectionInitialization");
    }
}
