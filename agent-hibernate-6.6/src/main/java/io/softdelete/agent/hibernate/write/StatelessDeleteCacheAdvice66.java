package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.SoftLock;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * On 6.6, {@code StatelessSession.delete} leaves the entity's entry in the second-level cache (7.x locks and removes
 * it), where the next lookup by id, of any session, would find the row it flagged. The entry goes once the flag is
 * written, locked until the transaction completes, so that no other session puts the row back meanwhile.
 */
public final class StatelessDeleteCacheAdvice66 {
    private StatelessDeleteCacheAdvice66() {
    }

    public static void evictRemovedEntity(SharedSessionContractImplementor session, String entityName, Object entity) {
        EntityPersister persister = session.getEntityPersister(entityName, entity);
        if (persister.canWriteToCache() && SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            EntityDataAccess cache = persister.getCacheAccessStrategy();
            Object cacheKey = cache.generateCacheKey(persister.getIdentifier(entity, session), persister, session.getFactory(),
                    session.getTenantIdentifier());
            SoftLock lock = cache.lockItem(session, cacheKey, null);
            cache.remove(session, cacheKey);
            RemovedElementCollections.afterCompletion(session, () -> cache.unlockItem(session, cacheKey, lock));
        }
    }
}
