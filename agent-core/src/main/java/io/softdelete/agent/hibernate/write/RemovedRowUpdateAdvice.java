package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.read.PossiblyRemovedRow;
import org.hibernate.action.internal.EntityAction;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.persister.entity.EntityPersister;

public final class RemovedRowUpdateAdvice {
    private RemovedRowUpdateAdvice() {
    }

    /** Returns {@code true}, which skips the cache update, once it has removed the entry of a possibly removed row. */
    public static boolean evictPossiblyRemovedRow(EntityAction update, Object cacheKey, EntityEntry entry) {
        EntityPersister persister = update.getPersister();
        if (!persister.canWriteToCache() || !PossiblyRemovedRow.isMarked(entry)) {
            return false;
        }
        persister.getCacheAccessStrategy().remove(update.getSession(), cacheKey);
        return true;
    }
}
