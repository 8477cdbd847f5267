package io.softdelete.agent.hibernate.write;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/** Whether the session is removing an entity, given as itself or as a proxy of it, in this flush. */
final class RemovedInSession {
    private RemovedInSession() {
    }

    static boolean isRemoved(Object entityOrProxy, SharedSessionContractImplementor session) {
        PersistenceContext persistenceContext = session.getPersistenceContextInternal();
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entityOrProxy);
        Object instance = proxy == null ? entityOrProxy : persistenceContext.getEntity(session.generateEntityKey(
                proxy.getInternalIdentifier(), session.getFactory().getMappingMetamodel().getEntityDescriptor(proxy.getEntityName())));
        EntityEntry entry = instance == null ? null : persistenceContext.getEntry(instance);
        return entry != null && entry.getStatus().isDeletedOrGone();
    }
}
