package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepStatelessCollectionRowsAdvice {
    private KeepStatelessCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal of the collection rows, for a soft-deleted entity. */
    public static boolean keepRowsOfSoftDeletedEntity(EntityPersister persister) {
        return SoftDeleteEntities.isSoftDeleted(persister.getEntityName());
    }
}
