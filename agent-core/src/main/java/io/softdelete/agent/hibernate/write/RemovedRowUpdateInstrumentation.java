package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * When a session writes back a change to an entity, {@code EntityUpdateAction.updateCacheItem} puts its new
 * state into the second-level cache. A row read without the live-row restriction may be a soft-deleted one,
 * which stays removed when changed ({@code PossiblyRemovedRow}): its cache entry is removed instead, as
 * Hibernate does for an entity whose cached state it cannot trust after an update, so that a {@code find} of
 * another session does not hit it.
 */
public final class RemovedRowUpdateInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.action.internal.EntityUpdateAction";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("updateCacheItem", 3, getClass().getPackageName() + ".RemovedRowUpdateAdvice")
                .skippingWhen("evictPossiblyRemovedRow", Arg.THIS, Arg.argument(1), Arg.argument(2));
    }
}
