package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;

public final class KeepBulkCollectionRowsAdvice {
    private KeepBulkCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the collection-table deletes, for a soft-deleted entity. */
    public static boolean keepRowsOfSoftDeletedEntity(EntityMappingType entity) {
        return SoftDeleteEntities.isSoftDeleted(entity.getEntityName());
    }
}
