package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * {@code StatelessSession.delete} removes the entity's collection rows itself, in {@code removeCollections},
 * before the entity. For a soft-deleted entity they stay, as they do on {@code remove}.
 */
public final class StatelessDeleteInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.StatelessSessionImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("removeCollections", 3, getClass().getPackageName() + ".KeepStatelessCollectionRowsAdvice")
                .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(2));
    }
}
