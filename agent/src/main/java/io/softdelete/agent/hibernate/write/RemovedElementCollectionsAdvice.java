package io.softdelete.agent.hibernate.write;

import org.hibernate.action.internal.EntityAction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

public final class RemovedElementCollectionsAdvice {
    private RemovedElementCollectionsAdvice() {
    }

    public static void afterRemoval(EntityAction removal) {
        RemovedElementCollections.evict(removal.getPersister(), removal.getInstance(), removal.getSession());
    }

    public static void afterStatelessDelete(SharedSessionContractImplementor session, String entityName, Object entity) {
        RemovedElementCollections.evict(session.getEntityPersister(entityName, entity), entity, session);
    }
}
