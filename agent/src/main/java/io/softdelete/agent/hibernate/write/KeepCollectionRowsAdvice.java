package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepCollectionRowsAdvice {
    private KeepCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal, when the collection's owner is being soft-deleted. */
    public static boolean keepRowsOfSoftDeletedOwner(CollectionPersister collection, Object key,
                                                     SharedSessionContractImplementor session) {
        EntityPersister owner = collection.getOwnerEntityPersister();
        if (session.isStateless() || !SoftDeleteEntities.isSoftDeleted(owner.getEntityName())) {
            // a stateless session removes rows here only to rewrite them; its delete is hooked on its own
            return false;
        }
        var persistenceContext = session.getPersistenceContextInternal();
        Object ownerEntity = persistenceContext.getCollectionOwner(key, collection);
        if (ownerEntity != null) {
            EntityEntry entry = persistenceContext.getEntry(ownerEntity);
            return entry != null && entry.getStatus().isDeletedOrGone();
        }
        // an owner removed without being loaded has its collections removed by key
        return persistenceContext.containsDeletedUnloadedEntityKey(session.generateEntityKey(key, owner));
    }
}
