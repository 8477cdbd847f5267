package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;


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
     * navigation. Keyed weakly by the proxy's initializer (for an enhanced entity standing in as its own proxy,
     * its interceptor), which have identity equality.
     */
    private static final Map<Object, Boolean> REFERENCES = Collections.synchronizedMap(new WeakHashMap<>());

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

    /** {@code reference}: a proxy's {@link org.hibernate.proxy.LazyInitializer}, or an enhanced entity's interceptor. */
    static void rememberReference(Object reference) {
        REFERENCES.put(reference, Boolean.TRUE);
    }

    static boolean isReference(Object proxy) {
        return proxy != null && REFERENCES.containsKey(proxy);
    }
}
