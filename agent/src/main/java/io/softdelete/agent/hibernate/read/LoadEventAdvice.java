package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.ObjectNotFoundException;
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

    private LoadEventAdvice() {
    }

    /** Returns the navigation state to restore on exit, and whether the session already held the entity. */
    @Advice.OnMethodEnter(inline = false)
    public static int markNavigation(@Advice.Argument(0) LoadEvent event,
                                     @Advice.Argument(1) LoadEventListener.LoadType type) {
        if (!SoftDeleteEntities.isSoftDeleted(event.getEntityClassName())) {
            return Navigation.isActive() ? WAS_NAVIGATION : 0;
        }
        boolean hadInstance = type == LoadEventListener.LOAD && sessionHolds(event);
        return (Navigation.begin(isNavigation(event, type)) ? WAS_NAVIGATION : 0) | (hadInstance ? HAD_INSTANCE : 0);
    }

    @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class)
    public static void restoreNavigation(@Advice.Argument(0) LoadEvent event,
                                         @Advice.Argument(1) LoadEventListener.LoadType type,
                                         @Advice.Enter int state) {
        Navigation.restore((state & WAS_NAVIGATION) != 0);
        if (event.getResult() == null || !SoftDeleteEntities.isSoftDeleted(event.getEntityClassName())
                || type != LoadEventListener.GET && type != LoadEventListener.LOAD) {
            return;
        }
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(event.getResult());
        if (proxy != null && proxy.isUninitialized()) {
            // a proxy getReference made (not one an association already holds) is a lookup by id when used
            if (type == LoadEventListener.LOAD && (state & HAD_INSTANCE) == 0) {
                Navigation.rememberReference(proxy);
            }
        } else if (DeletedRows.contains(event.getSession(), keyOf(event))) {
            // the session holds the row only because an association led to it: a lookup by id does not see it
            if (type == LoadEventListener.GET) {
                event.setResult(null);
            } else {
                throw new ObjectNotFoundException(event.getEntityId(), event.getEntityClassName());
            }
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
