package io.softdelete.agent.hibernate.journal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.softdelete.agent.RemovedBy;
import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.boot.SoftDeleteBootException;

/**
 * Who removes or restores, as option {@code removedBy} says: read on the removing thread from the application's
 * own Spring Security or SLF4J, found beside its Hibernate, through method handles (the agent has no compile-time
 * dependency on either). A source that is configured but absent refuses the unit at boot.
 */
final class Removers {
    private static final String SECURITY_CONTEXT_HOLDER = "org.springframework.security.core.context.SecurityContextHolder";
    private static final String MDC = "org.slf4j.MDC";

    /** Returns the name, or {@code null} for nobody. */
    interface Remover {
        String current();
    }

    private Removers() {
    }

    static Remover of(RemovedBy removedBy, ClassLoader applicationLoader) {
        try {
            return switch (removedBy.source()) {
                case RemovedBy.SPRING_SECURITY -> springSecurity(applicationLoader);
                case RemovedBy.MDC -> mdc(applicationLoader, removedBy.mdcKey());
                default -> () -> null;
            };
        } catch (ReflectiveOperationException e) {
            throw SoftDeleteBootException.refusal("the persistence unit may not boot: option removedBy="
                    + removedBy.optionValue() + " reads " + (removedBy.mdcKey() == null ? SECURITY_CONTEXT_HOLDER : MDC)
                    + ", which the application does not have (" + e + ")");
        }
    }

    private static Remover springSecurity(ClassLoader loader) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> holder = Class.forName(SECURITY_CONTEXT_HOLDER, false, loader);
        Class<?> context = Class.forName("org.springframework.security.core.context.SecurityContext", false, loader);
        Class<?> authentication = Class.forName("org.springframework.security.core.Authentication", false, loader);
        MethodHandle getContext = lookup.findStatic(holder, "getContext", MethodType.methodType(context));
        MethodHandle getAuthentication = lookup.findVirtual(context, "getAuthentication", MethodType.methodType(authentication));
        MethodHandle isAuthenticated = lookup.findVirtual(authentication, "isAuthenticated", MethodType.methodType(boolean.class));
        MethodHandle getName = lookup.findVirtual(authentication, "getName", MethodType.methodType(String.class));
        return () -> {
            try {
                Object current = getAuthentication.invoke(getContext.invoke());
                return current != null && (boolean) isAuthenticated.invoke(current) ? (String) getName.invoke(current) : null;
            } catch (Throwable e) {
                throw new IllegalStateException(SoftDeleteAgent.PREFIX + "cannot read the authenticated principal: " + e, e);
            }
        };
    }

    private static Remover mdc(ClassLoader loader, String key) throws ReflectiveOperationException {
        MethodHandle get = MethodHandles.publicLookup().findStatic(Class.forName(MDC, false, loader), "get",
                MethodType.methodType(String.class, String.class));
        return () -> {
            try {
                return (String) get.invoke(key);
            } catch (Throwable e) {
                throw new IllegalStateException(SoftDeleteAgent.PREFIX + "cannot read MDC key " + key + ": " + e, e);
            }
        };
    }
}
