package io.softdelete.agent.hibernate.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hibernate.SessionEventListener;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.sql.exec.spi.Callback;
import org.hibernate.sql.exec.spi.ExecutionContext;

/**
 * The hint {@code softdelete.removed}, by which an application reads removed rows: {@code include} (live and removed
 * rows) or {@code only} (removed rows only), set on an EntityManager (its property, for everything that EntityManager
 * reads) or on one query. Nothing of it is kept on a thread: it is kept per session, from the first hint set in it
 * (on it or on one of its queries) until it closes, so that a session that never asks is one lookup in a concurrent
 * map that finds nothing, and nothing outlives its session. What Hibernate makes of a query to run it (a scroll's or a
 * count's execution context, the JDBC results) leads back to the query only through its {@link Callback}, which
 * Hibernate makes anew for each execution: the hint is noted under the callback too, when it is set and when an
 * execution looks up its plan. Until a hint is first set in the JVM, the callers' test is one volatile read
 * ({@link #anySet}).
 */
public final class RemovedRowsHint {
    public static final String NAME = "softdelete.removed";

    public enum Mode { INCLUDE, ONLY }

    /** The hints of one session; a session is used by one thread at a time, as Hibernate requires. */
    private static final class Hints {
        private Mode session;
        private final Map<DomainQueryExecutionContext, Mode> queries = new WeakHashMap<>();
        private final Map<Callback, Mode> executions = new WeakHashMap<>();
        /** The collections a hinted read loaded (by identity: a collection's own equality is its elements'). */
        private final Set<PersistentCollection<?>> readCollections = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static final Map<SharedSessionContractImplementor, Hints> SESSIONS = new ConcurrentHashMap<>();
    private static volatile boolean anySet;
    /** Set while a lookup asks Hibernate's own loaders whether a row is live, in a hinted session. */
    private static final ThreadLocal<Boolean> SUSPENDED = new ThreadLocal<>();

    private RemovedRowsHint() {
    }

    /** The mode a value asks for; {@code null}: none. */
    static Mode parse(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "include" -> Mode.INCLUDE;
            case "only" -> Mode.ONLY;
            default -> throw new IllegalArgumentException("soft-delete-agent: the hint " + NAME + " takes include or only,"
                    + " not '" + value + "'");
        };
    }

    static void setOnSession(SharedSessionContractImplementor session, Object value) {
        hintsOf(session).session = parse(value);
    }

    static void setOnQuery(DomainQueryExecutionContext query, Object value) {
        Mode mode = parse(value);
        Hints hints = hintsOf(query.getSession());
        if (mode == null) {
            hints.queries.remove(query);
            hints.executions.remove(query.getCallback());
        } else {
            hints.queries.put(query, mode);
            hints.executions.put(query.getCallback(), mode);
        }
    }

    private static Hints hintsOf(SharedSessionContractImplementor session) {
        anySet = true;
        return SESSIONS.computeIfAbsent(session, RemovedRowsHint::forgottenAtClose);
    }

    private static Hints forgottenAtClose(SharedSessionContractImplementor session) {
        session.getEventListenerManager().addListener(new SessionEventListener() {
            @Override
            public void end() {
                SESSIONS.remove(session);
            }
        });
        return new Hints();
    }

    static boolean anySet() {
        return anySet;
    }

    private static Hints find(SharedSessionContractImplementor session) {
        return anySet && session != null && SUSPENDED.get() == null ? SESSIONS.get(session) : null;
    }

    /** The mode of what a session reads; {@code null}: live rows only. */
    static Mode of(SharedSessionContractImplementor session) {
        Hints hints = find(session);
        return hints == null ? null : hints.session;
    }

    /** The mode of a query, or of what Hibernate made of it to run it: its own hint, else its session's. */
    static Mode of(DomainQueryExecutionContext query) {
        Hints hints = find(query.getSession());
        if (hints == null) {
            return null;
        }
        Mode own = hints.queries.get(query);
        if (own == null) {
            own = hints.executions.get(query.getCallback());
        }
        return own != null ? own : hints.session;
    }

    /** An execution of a query begins, with a callback of its own: a hint of the query's own is noted under it. */
    static void executionBegins(DomainQueryExecutionContext query) {
        Hints hints = find(query.getSession());
        Mode own = hints == null ? null : hints.queries.get(query);
        if (own != null) {
            hints.executions.put(query.getCallback(), own);
        }
    }

    /** The mode of the read a JDBC result belongs to: its query's, else its session's. */
    static Mode of(ExecutionContext read) {
        Hints hints = find(read.getSession());
        if (hints == null) {
            return null;
        }
        Callback callback = read.getCallback();
        Mode own = callback == null ? null : hints.executions.get(callback);
        return own != null ? own : hints.session;
    }

    /** Notes a collection a hinted read loaded: its session may read it, not write it. */
    static void collectionRead(SharedSessionContractImplementor session, PersistentCollection<?> collection) {
        hintsOf(session).readCollections.add(collection);
    }

    /**
     * Refuses to write a collection a hinted read loaded: it holds removed elements, whose rows a write would insert
     * again (Hibernate rewrites a bag whole) or a cascade would remove again.
     */
    static void refuseWrite(SharedSessionContractImplementor session, PersistentCollection<?> collection) {
        Hints hints = anySet ? SESSIONS.get(session) : null;
        if (hints != null && hints.readCollections.contains(collection)) {
            throw new IllegalStateException("soft-delete-agent: " + collection.getRole() + " of " + collection.getKey()
                    + " was read with the hint " + NAME + " and holds removed rows: a session may read such a"
                    + " collection, not change it; change it in a session without the hint");
        }
    }

    /** Runs a load as if its session had no hint. */
    static <T> T suspended(Supplier<T> load) {
        Boolean previous = SUSPENDED.get();
        SUSPENDED.set(Boolean.TRUE);
        try {
            return load.get();
        } finally {
            SUSPENDED.set(previous);
        }
    }
}
