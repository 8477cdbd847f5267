package io.softdelete.agent.hibernate.write;

import java.util.ArrayDeque;
import java.util.Deque;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepStatelessCollectionRowsAdvice {
    /**
     * A stateless session removes an owner's collection rows both to delete the owner and to rewrite them: per
     * removal of collection rows on this thread, innermost first, the owner it deletes, or {@link #REWRITE}.
     */
    private static final ThreadLocal<Deque<Object>> COLLECTION_REMOVALS = ThreadLocal.withInitial(ArrayDeque::new);
    /** On 6.6: the entities {@code delete} is deleting on this thread, innermost first. */
    private static final ThreadLocal<Deque<Object>> DELETES = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Object REWRITE = new Object();

    private KeepStatelessCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal of the collection rows, for a soft-deleted entity. */
    public static boolean keepRowsOfSoftDeletedEntity(EntityPersister persister) {
        return SoftDeleteEntities.isSoftDeleted(persister.getEntityName());
    }

    /** Around the removal of the collection rows of an owner that {@code delete} deletes. */
    public static void beginOwnerDeletion(Object entity) {
        COLLECTION_REMOVALS.get().push(entity);
    }

    public static void endOwnerDeletion() {
        COLLECTION_REMOVALS.get().pop();
    }

    /** On 6.6, around {@code delete}, whose loop over the owner's collections is the one its rewrites use too. */
    public static void beginDelete(Object entity) {
        DELETES.get().push(entity);
    }

    public static void endDelete() {
        DELETES.get().pop();
    }

    /**
     * On 6.6, the loop over an owner's collections: returns {@code true}, which skips it, for the soft-deleted entity
     * {@code delete} is deleting.
     */
    public static boolean keepRowsOfDeletedOwner(Object entity, EntityPersister persister) {
        return DELETES.get().peek() == entity && keepRowsOfSoftDeletedEntity(persister);
    }

    /** On 6.6, around that loop when it runs: a deletion only where {@code delete} called it for that entity. */
    public static void beginCollectionLoop(Object entity) {
        COLLECTION_REMOVALS.get().push(DELETES.get().peek() == entity ? entity : REWRITE);
    }

    static boolean deletingOwner() {
        Object innermost = COLLECTION_REMOVALS.get().peek();
        return innermost != null && innermost != REWRITE;
    }
}
