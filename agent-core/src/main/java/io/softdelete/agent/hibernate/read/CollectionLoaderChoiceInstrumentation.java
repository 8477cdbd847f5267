package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where a collection persister picks the loader that initializes a collection: in a session that reads removed rows
 * ({@link RemovedRowsHint}), one that lets them through.
 */
public final class CollectionLoaderChoiceInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.collection.AbstractCollectionPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("determineLoaderToUse", 2, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .replacingReturn("unfilteredWhenHinted", Arg.THIS, Arg.argument(1));
    }
}
