package io.softdelete.agent.hibernate.write;

import org.hibernate.action.internal.EntityAction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;

public final class RemovedElementCollectionsAdvice {
    private RemovedElementCollectionsAdvice() {
    }

    public static void afterRemoval(EntityAction removal) {
        RemovedElementCollections.evict(removal.getPersister(), removal.getInstance(), removal.getSession());
    }

    public static void afterStatelessDelete(SharedSessionContractImplementor session, String entityName, Object entity) {
        RemovedElementCollections.evict(session.getEntityPersister(entityName, entity), entity, session);
    }

    /** {@code schedule} is given a statement, entity persisters or table names: only a bulk delete matters here. */
    public static void afterBulkCleanupScheduled(SharedSessionContractImplementor session, Object scheduled) {
        if (scheduled instanceof SqmDeleteStatement<?> delete) {
            String entityName = delete.getTarget().getEntityName();
            RemovedElementCollections.evictAfterBulkDelete(
                    session.getFactory().getMappingMetamodel().getEntityDescriptor(entityName), session);
        }
    }
}
