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
     * restriction; and for any soft-deleted entity a hinted read reads ({@link RemovedRowsHint}). Its entry is marked
     * as a {@link PossiblyRemovedRow}, cached or not, so that a lookup by id in the same session checks the row
     * before it answers with it.
     */
    public static boolean keepOutUnrestrictedRead(EntityInitializerImpl initializer,
                                                  EntityInitializerImpl.EntityInitializerData data,
                                                  PersistenceContext persistenceContext) {
        EntityPersister entity = initializer.getEntityDescriptor();
        if (!SoftDeleteEntities.isSoftDeleted(entity.getEntityName())) {
            return false;
        }
        if (RemovedRowsHint.anySet()
                && RemovedRowsHint.of(data.getRowProcessingState().getJdbcValuesSourceProcessingState().getExecutionContext()) != null) {
            // a read of removed rows: any row of it may be one
            PossiblyRemovedRow.mark(persistenceContext.getEntry(initializer.getTargetInstance(data)));
            return entity.canWriteToCache();
        }
        if (initializer.getNavigablePath().getParent() == null
                || initializer.getInitializedPart() instanceof EntityCollectionPart) {
            return false;
        }
        PossiblyRemovedRow.mark(persistenceContext.getEntry(initializer.getTargetInstance(data)));
        return entity.canWriteToCache();
    }
}
