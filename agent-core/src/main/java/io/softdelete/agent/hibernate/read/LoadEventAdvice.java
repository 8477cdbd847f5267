package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.LockMode;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.bytecode.enhance.spi.interceptor.EnhancementAsProxyLazinessInterceptor;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.LoadEvent;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

public final class LoadEventAdvice {
    /** Bits of the state passed from enter to exit. */
    private static final int WAS_NAVIGATION = 1;
    private static final int HAD_INSTANCE = 2;
    /** The load is not of a soft-deleted entity: nothing to restore. */
    private static final int UNTOUCHED = -1;

    private LoadEventAdvice() {
    }

    /** Notes the navigation state to restore afterwards, and whether the session already held the entity. */
    public static void markNavigation(LoadEvent event, LoadEventListener.LoadType type) {
        if (!SoftDeleteEntities.isSoftDeleted(event.getEntityClassName())) {
            Navigation.pushLoad(UNTOUCHED);
            return;
        }
        boolean hadInstance = type == LoadEventListener.LOAD && sessionHolds(event);
        Navigation.pushLoad((Navigation.begin(isNavigation(event, type)) ? WAS_NAVIGATION : 0) | (hadInstance ? HAD_INSTANCE : 0));
    }

    public static void restoreNavigation(LoadEvent event, LoadEventListener.LoadType type) {
        int state = Navigation.currentLoad();
        if (state != UNTOUCHED && event.getResult() != null) {
            RemovedRowsHint.Mode hinted = RemovedRowsHint.of(event.getSession());
            if (hinted == null) {
                if (type == LoadEventListener.GET || type == LoadEventListener.LOAD) {
                    checkLookup(event, type, state);
                }
            } else if (uninitializedProxy(event.getResult()) != null) {
                rememberReference(event.getResult(), type, state);
            } else if (hinted == RemovedRowsHint.Mode.ONLY && (type == LoadEventListener.GET || type == LoadEventListener.LOAD
                    || type == LoadEventListener.IMMEDIATE_LOAD && !Navigation.isActive())) {
                checkRemoved(event, type);
            }
        }
        // last, so that if the check throws, endNavigation ends the load once
        endNavigation();
    }

    private static void checkLookup(LoadEvent event, LoadEventListener.LoadType type, int state) {
        if (uninitializedProxy(event.getResult()) != null) {
            rememberReference(event.getResult(), type, state);
        } else if (heldOnlyThroughAnAssociation(event)) {
            // the session holds the row only because an association led to it: a lookup by id does not see it
            if (type == LoadEventListener.GET) {
                event.setResult(null);
            } else {
                throw new ObjectNotFoundException(event.getEntityId(), event.getEntityClassName());
            }
        }
    }

    /** A proxy getReference made (not one an association already holds) is a lookup by id when it is initialized. */
    private static void rememberReference(Object result, LoadEventListener.LoadType type, int state) {
        if (type == LoadEventListener.LOAD && (state & HAD_INSTANCE) == 0) {
            Navigation.rememberReference(uninitializedProxy(result));
        }
    }

    /** A lookup by id of a session that reads removed rows only: a live row is not found. */
    private static void checkRemoved(LoadEvent event, LoadEventListener.LoadType type) {
        EventSource session = event.getSession();
        EntityKey key = keyOf(event);
        if (RemovedRowsHint.suspended(() -> key.getPersister().load(key.getIdentifier(), null, LockMode.NONE, session)) == null) {
            return;
        }
        if (type == LoadEventListener.GET) {
            event.setResult(null);
        } else {
            // as Hibernate answers a reference whose row is not there: under JPA, EntityNotFoundException
            session.getFactory().getEntityNotFoundDelegate().handleEntityNotFound(event.getEntityClassName(), event.getEntityId());
        }
    }

    /**
     * Whether the row is a soft-deleted one that an association led to: one a load by id found, or one a join
     * read without the live-row restriction, which is checked with a load of its own, once.
     */
    private static boolean heldOnlyThroughAnAssociation(LoadEvent event) {
        EventSource session = event.getSession();
        EntityKey key = keyOf(event);
        if (DeletedRows.anyLoaded() && DeletedRows.contains(session, key)) {
            return true;
        }
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(event.getResult());
        Object instance = proxy == null ? event.getResult() : proxy.getImplementation();
        if (!PossiblyRemovedRow.needsCheck(session.getPersistenceContextInternal().getEntry(instance))) {
            return false;
        }
        // Hibernate's own load by id, with the live-row restriction and the filters a load by id applies: it finds
        // the row, answering with the instance the session holds, or finds none
        boolean removed = key.getPersister().load(key.getIdentifier(), null, LockMode.NONE, session) == null;
        if (removed) {
            DeletedRows.remember(session, key);
        }
        return removed;
    }

    /** The initializer of an uninitialized proxy, or the interceptor of an enhanced entity that stands in as one. */
    private static Object uninitializedProxy(Object result) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(result);
        if (proxy != null) {
            return proxy.isUninitialized() ? proxy : null;
        }
        return result instanceof PersistentAttributeInterceptable enhanced
                && enhanced.$$_hibernate_getInterceptor() instanceof EnhancementAsProxyLazinessInterceptor interceptor
                ? interceptor : null;
    }

    public static void endNavigation() {
        int state = Navigation.popLoad();
        if (state != UNTOUCHED) {
            Navigation.restore((state & WAS_NAVIGATION) != 0);
        }
    }

    private static boolean sessionHolds(LoadEvent event) {
        var persistenceContext = event.getSession().getPersistenceContextInternal();
        EntityKey key = keyOf(event);
        return persistenceContext.getProxy(key) != null || persistenceContext.getEntity(key) != null;
    }

    private static EntityKey keyOf(LoadEvent event) {
        EventSource session = event.getSession();
        return session.generateEntityKey(event.getEntityId(),
                session.getFactory().getMappingMetamodel().getEntityDescriptor(event.getEntityClassName()));
    }

    private static boolean isNavigation(LoadEvent event, LoadEventListener.LoadType type) {
        if (type == LoadEventListener.INTERNAL_LOAD_EAGER || type == LoadEventListener.INTERNAL_LOAD_LAZY
                || type == LoadEventListener.INTERNAL_LOAD_NULLABLE) {
            return true;
        }
        if (type != LoadEventListener.IMMEDIATE_LOAD) {
            return false;
        }
        // a proxy is being initialized: navigation, unless the application made it with getReference
        Object proxy = event.getSession().getPersistenceContextInternal().getProxy(keyOf(event));
        LazyInitializer initializer = HibernateProxy.extractLazyInitializer(proxy);
        return initializer == null || !Navigation.isReference(initializer);
    }
}
