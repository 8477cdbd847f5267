package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepStatelessCollectionRowsAdvice {
    /** A stateless session removes an owner's collection rows both to delete the owner and to rewrite them. */
    private static final ThreadLocal<int[]> DELETING_OWNER = ThreadLocal.withInitial(() -> new int[1]);

    private KeepStatelessCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal of the collection rows, for a soft-deleted entity. */
    public static boolean keepRowsOfSoftDeletedEntity(EntityPersister persister) {
        return SoftDeleteEntities.isSoftDeleted(persister.getEntityName());
    }

    /** Around the removal of the collection rows of an owner that {@code delete} deletes. */
    public static void beginOwnerDeletion() {
        DELETING_OWNER.get()[0]++;
    }

    public static void endOwnerDeletion() {
        DELETING_OWNER.get()[0]--;
    }

    static boolean deletingOwner() {
        return DELETING_OWNER.get()[0] > 0;
    }
}
