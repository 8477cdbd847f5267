package io.softdelete.agent.hibernate.read;

import java.util.function.Supplier;

import org.hibernate.CacheMode;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * What a load that follows an association to a possibly soft-deleted row does around Hibernate's own: it puts
 * nothing into the second-level cache, and a row it finds is remembered in the session ({@link DeletedRows}) and
 * marked on its entry ({@link PossiblyRemovedRow}).
 */
final class RemovedRowLoads {
    private RemovedRowLoads() {
    }

    /** Hibernate puts what a load finds into the second-level cache only if the session's cache mode lets it. */
    static <R> R withoutCachePuts(SharedSessionContractImplementor session, Supplier<R> load) {
        CacheMode mode = session.getCacheMode();
        session.setCacheMode(mode.isGetEnabled() ? CacheMode.GET : CacheMode.IGNORE);
        try {
            return load.get();
        } finally {
            session.setCacheMode(mode);
        }
    }

    static void remember(SharedSessionContractImplementor session, EntityKey key) {
        DeletedRows.remember(session, key);
        // what the load returns may be the proxy it initializes
        var persistenceContext = session.getPersistenceContextInternal();
        PossiblyRemovedRow.mark(persistenceContext.getEntry(persistenceContext.getEntity(key)));
    }
}
