package io.softdelete.agent.hibernate.write;

import java.util.ArrayDeque;
import java.util.Deque;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepStatelessCollectionRowsAdvice {
    /**
     * A stateless session removes an owner's collection rows both to delete the owner and to rewrite them: the
     * owners being deleted on this thread, innermost first.
     */
    private static final ThreadLocal<Deque<Object>> DELETING_OWNERS = ThreadLocal.withInitial(ArrayDeque::new);

    private KeepStatelessCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal of the collection rows, for a soft-deleted entity. */
    public static boolean keepRowsOfSoftDeletedEntity(EntityPersister persister) {
        return SoftDeleteEntities.isSoftDeleted(persister.getEntityName());
    }

    /**
     * On 6.6, where {@code delete} and the rewrites share one loop over the owner's collections: returns
     * {@code true}, which skips it, for the soft-deleted entity {@code delete} is deleting.
     */
    public static boolean keepRowsOfDeletedOwner(Object entity, EntityPersister persister) {
        return DELETING_OWNERS.get().peek() == entity && keepRowsOfSoftDeletedEntity(persister);
    }

    /** Around the removal of the collection rows of an owner that {@code delete} deletes. */
    public static void beginOwnerDeletion(Object entity) {
        DELETING_OWNERS.get().push(entity);
    }

    public static void endOwnerDeletion() {
        DELETING_OWNERS.get().pop();
    }

    static boolean deletingOwner() {
        return !DELETING_OWNERS.get().isEmpty();
    }
}
