package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepCollectionRowsAdvice {
    private KeepCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal, when the collection's owner is being soft-deleted. */
    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, inline = false)
    public static boolean keepRowsOfSoftDeletedOwner(@Advice.This CollectionPersister collection,
                                                     @Advice.Argument(0) Object key,
                                                     @Advice.Argument(1) SharedSessionContractImplementor session) {
        EntityPersister owner = collection.getOwnerEntityPersister();
        if (!SoftDeleteEntities.isSoftDeleted(owner.getEntityName())) {
            return false;
        }
        // the owner is gone from this session (or was never loaded, when removed as an unloaded proxy) only
        // when it is being removed; a live owner that empties or replaces its collection still deletes rows
        var persistenceContext = session.getPersistenceContextInternal();
        EntityEntry entry = persistenceContext.getEntry(persistenceContext.getEntity(session.generateEntityKey(key, owner)));
        return entry == null || entry.getStatus().isDeletedOrGone();
    }
}
