package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepCollectionRowsAdvice {
    private KeepCollectionRowsAdvice() {
    }

    /**
     * Returns {@code true}, which skips Hibernate's removal: when the owner is being soft-deleted, nothing goes;
     * when the owner stays and its elements are soft-deleted, only the rows of live elements go.
     */
    public static boolean keepRows(CollectionPersister collection, Object key, SharedSessionContractImplementor session) {
        Boolean ownerDeleted = ownerDeleted(collection, key, session);
        if (ownerDeleted == null) {
            return false;
        }
        if (ownerDeleted) {
            return !(session instanceof StatelessSession) && SoftDeleteEntities.isSoftDeleted(collection.getOwnerEntityPersister().getEntityName());
        }
        return LiveElementRows.removeRowsOfLiveElements(collection, key, session);
    }

    /** Whether the owner is being deleted; {@code null} when the session cannot tell. */
    private static Boolean ownerDeleted(CollectionPersister collection, Object key, SharedSessionContractImplementor session) {
        if (session instanceof StatelessSession) {
            // its delete of a soft-deleted owner is kept on its own (KeepStatelessCollectionRowsAdvice)
            return KeepStatelessCollectionRowsAdvice.deletingOwner();
        }
        var persistenceContext = session.getPersistenceContextInternal();
        Object ownerEntity = persistenceContext.getCollectionOwner(key, collection);
        if (ownerEntity != null) {
            EntityEntry entry = persistenceContext.getEntry(ownerEntity);
            return entry == null ? null : entry.getStatus().isDeletedOrGone();
        }
        EntityPersister owner = collection.getOwnerEntityPersister();
        // an owner removed without being loaded has its collections removed by key
        return persistenceContext.containsDeletedUnloadedEntityKey(session.generateEntityKey(key, owner)) ? Boolean.TRUE : null;
    }
}
