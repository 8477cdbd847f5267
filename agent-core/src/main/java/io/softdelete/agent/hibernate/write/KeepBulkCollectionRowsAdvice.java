package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;

public final class KeepBulkCollectionRowsAdvice {
    private KeepBulkCollectionRowsAdvice() {
    }

    /**
     * Returns {@code true}, which skips the collection-table deletes, for a soft-deleted entity; refuses the bulk
     * delete when the database would delete other rows with the ones it matches.
     */
    public static boolean keepRowsOfSoftDeletedEntity(EntityMappingType entity) {
        if (!SoftDeleteEntities.isSoftDeleted(entity.getEntityName())) {
            return false;
        }
        ForeignKeyActionsAdvice.refuseBulkDelete(entity);
        return true;
    }
}
