package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.sql.results.graph.entity.internal.EntityInitializerImpl;

public final class EntityCachePutAdvice {
    private EntityCachePutAdvice() {
    }

    /**
     * Returns {@code true}, which skips the cache put, for a soft-deleted entity read other than as a root
     * (of a query or of a load by id) or as a collection element, the reads that carry the live-row
     * restriction; its entry is marked as a {@link PossiblyRemovedRow}.
     */
    public static boolean keepOutUnrestrictedRead(EntityInitializerImpl initializer,
                                                  EntityInitializerImpl.EntityInitializerData data,
                                                  PersistenceContext persistenceContext) {
        EntityPersister entity = initializer.getEntityDescriptor();
        if (!entity.canWriteToCache() || !SoftDeleteEntities.isSoftDeleted(entity.getEntityName())
                || initializer.getNavigablePath().getParent() == null
                || initializer.getInitializedPart() instanceof EntityCollectionPart) {
            return false;
        }
        PossiblyRemovedRow.mark(persistenceContext.getEntry(initializer.getTargetInstance(data)));
        return true;
    }
}
