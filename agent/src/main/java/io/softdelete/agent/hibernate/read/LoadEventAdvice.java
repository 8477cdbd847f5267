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
    private LoadEventAdvice() {
    }

    /** Returns the navigation state to restore on exit. */
    @Advice.OnMethodEnter(inline = false)
    public static boolean markNavigation(@Advice.Argument(0) LoadEvent event,
                                         @Advice.Argument(1) LoadEventListener.LoadType type) {
        if (!SoftDeleteEntities.isSoftDeleted(event.getEntityClassName())) {
            return Navigation.isActive();
        }
        return Navigation.begin(isNavigation(event, type));
    }

    @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class)
    public static void restoreNavigation(@Advice.Argument(0) LoadEvent event,
                                         @Advice.Argument(1) LoadEventListener.LoadType type,
                                         @Advice.Enter boolean previous) {
        Navigation.restore(previous);
        if (event.getResult() == null || !SoftDeleteEntities.isSoftDeleted(event.getEntityClassName())
                || type != LoadEventListener.GET && type != LoadEventListener.LOAD) {
            return;
        }
        LazyInitializer reference = HibernateProxy.extractLazyInitializer(event.getResult());
        if (reference != null && reference.isUninitialized()) {
            if (type == LoadEventListener.LOAD) {
                Navigation.rememberReference(reference);
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
