package io.softdelete.agent.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * What {@code io.softdelete.api.SoftDeletes} (the opt-in API jar, on the application's class path) calls, found by
 * name through the system class loader, where {@code -javaagent} puts the agent. It passes the application's
 * {@code EntityManager} on to the agent's Hibernate-side classes beside the Hibernate behind it; nothing here names
 * a class of Jakarta Persistence or Hibernate, which this loader may not see.
 */
public final class ApiBridge {
    private static final String SUPPORT = HibernateSideLoader.HIBERNATE_SIDE_PACKAGE + "api.ApiSupport";

    private ApiBridge() {
    }

    public static Object restore(Object entityManager, Class<?> entity, Object id) {
        return call("restore", entityManager, entity, id);
    }

    public static Object removalOf(Object entityManager, Class<?> entity, Object id) {
        return call("removalOf", entityManager, entity, id);
    }

    private static Object call(String operation, Object entityManager, Class<?> entity, Object id) {
        try {
            // a container's or Spring's shared EntityManager is a proxy: its delegate is Hibernate's session
            Object session = entityManager.getClass().getMethod("getDelegate").invoke(entityManager);
            ClassLoader sideLoader = HibernateSideLoader.forHibernateLoader(session.getClass().getClassLoader());
            Method method = Class.forName(SUPPORT, true, sideLoader).getMethod(operation, Object.class, Class.class, Object.class);
            return method.invoke(null, session, entity, id);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("soft-delete-agent: cannot reach the agent beside this EntityManager's Hibernate: "
                    + e, e);
        }
    }
}
