package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Deque;
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
    /** A session's cache mode to put back, per load that changed it ({@link #beginWithoutCachePutsIf}). */
    private record Changed(SharedSessionContractImplementor session, CacheMode mode) {
    }

    private static final Changed UNCHANGED = new Changed(null, null);
    private static final ThreadLocal<Deque<Changed>> CHANGED = ThreadLocal.withInitial(ArrayDeque::new);

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

    /** {@link #withoutCachePuts} for a load between two advice calls, when it is one. */
    static void beginWithoutCachePutsIf(boolean possiblyRemoved, SharedSessionContractImplementor session) {
        beginCacheModeIf(possiblyRemoved, session, session.getCacheMode().isGetEnabled() ? CacheMode.GET : CacheMode.IGNORE);
    }

    /** As {@link #beginWithoutCachePutsIf}, and without reads from the cache either. */
    static void beginWithoutCacheIf(boolean possiblyRemoved, SharedSessionContractImplementor session) {
        beginCacheModeIf(possiblyRemoved, session, CacheMode.IGNORE);
    }

    private static void beginCacheModeIf(boolean possiblyRemoved, SharedSessionContractImplementor session, CacheMode during) {
        if (!possiblyRemoved) {
            CHANGED.get().push(UNCHANGED);
            return;
        }
        CHANGED.get().push(new Changed(session, session.getCacheMode()));
        session.setCacheMode(during);
    }

    static void endWithoutCachePuts() {
        Changed changed = CHANGED.get().pop();
        if (changed != UNCHANGED) {
            changed.session().setCacheMode(changed.mode());
        }
    }

    static void remember(SharedSessionContractImplementor session, EntityKey key) {
        DeletedRows.remember(session, key);
        // what the load returns may be the proxy it initializes
        var persistenceContext = session.getPersistenceContextInternal();
        PossiblyRemovedRow.mark(persistenceContext.getEntry(persistenceContext.getEntity(key)));
    }
}
