package io.softdelete.agent.hibernate.read;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The soft-deleted rows a session holds because an association led to them through a load by id. A lookup
 * by id must not answer with one of them just because it is already in the session. Kept per persistence
 * context (weakly, by identity). Until the first such row exists in the JVM, callers test one volatile
 * read ({@link #anyLoaded}); after that, a lookup is a synchronized map lookup.
 */
final class DeletedRows {
    private static final Map<PersistenceContext, Set<EntityKey>> BY_CONTEXT = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile boolean anyLoaded;

    private DeletedRows() {
    }

    static void remember(SharedSessionContractImplementor session, EntityKey key) {
        anyLoaded = true;
        synchronized (BY_CONTEXT) {
            BY_CONTEXT.computeIfAbsent(session.getPersistenceContextInternal(), ignored -> new HashSet<>()).add(key);
        }
    }

    /** Whether any session of this JVM has ever been led to a soft-deleted row: a cheap first test. */
    static boolean anyLoaded() {
        return anyLoaded;
    }

    static boolean contains(SharedSessionContractImplementor session, EntityKey key) {
        synchronized (BY_CONTEXT) {
            Set<EntityKey> keys = BY_CONTEXT.get(session.getPersistenceContextInternal());
            return keys != null && keys.contains(key);
        }
    }
}
