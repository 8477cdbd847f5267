package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;

import org.hibernate.proxy.LazyInitializer;

/**
 * Whether the entity load running on this thread follows a to-one association (navigation, which sees
 * soft-deleted rows) or answers the application's {@code find} or {@code getReference} (which do not).
 */
final class Navigation {
    /** Per load in progress on this thread, innermost last: what its entry advice noted (see LoadEventAdvice). */
    private static final ThreadLocal<Deque<Integer>> LOADS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /**
     * Proxies the application obtained from {@code getReference}: initializing one is a lookup by id, not
     * navigation. Keyed weakly by the proxy's initializer, which has identity equality.
     */
    private static final Map<LazyInitializer, Boolean> REFERENCES = Collections.synchronizedMap(new WeakHashMap<>());

    private Navigation() {
    }

    static boolean isActive() {
        return ACTIVE.get();
    }

    /** Starts a load: sets whether it is navigation, and returns whether the enclosing load was. */
    static boolean begin(boolean navigation) {
        boolean previous = ACTIVE.get();
        ACTIVE.set(navigation);
        return previous;
    }

    static void restore(boolean previous) {
        ACTIVE.set(previous);
    }

    static void pushLoad(int noted) {
        LOADS.get().push(noted);
    }

    static int currentLoad() {
        return LOADS.get().peek();
    }

    static int popLoad() {
        return LOADS.get().pop();
    }

    static void rememberReference(LazyInitializer reference) {
        REFERENCES.put(reference, Boolean.TRUE);
    }

    static boolean isReference(LazyInitializer proxy) {
        return REFERENCES.containsKey(proxy);
    }
}
