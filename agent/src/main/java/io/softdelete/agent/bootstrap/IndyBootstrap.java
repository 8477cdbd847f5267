package io.softdelete.agent.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The bootstrap method of every call site the agent writes into Hibernate's classes. It binds the call
 * site, once, to a public static method of a class in {@code io.softdelete.agent.hibernate}, loaded by the
 * {@link HibernateSideLoader} of the calling class's loader. After linking, the call is a plain static
 * call: no lookup per invocation.
 */
public final class IndyBootstrap {
    private IndyBootstrap() {
    }

    /**
     * @param targetClassName the binary name of the class declaring the target method, a public static
     *                        method named {@code methodName} that takes as many parameters as the call passes
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String methodName, MethodType type,
                                     String targetClassName) throws ReflectiveOperationException {
        if (!targetClassName.startsWith(HibernateSideLoader.HIBERNATE_SIDE_PACKAGE)) {
            throw new IllegalArgumentException("soft-delete-agent: not a Hibernate-side class: " + targetClassName);
        }
        ClassLoader hibernateLoader = caller.lookupClass().getClassLoader();
        Class<?> target = Class.forName(targetClassName, true, HibernateSideLoader.forHibernateLoader(hibernateLoader));
        for (Method method : target.getMethods()) {
            if (method.getName().equals(methodName) && Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == type.parameterCount()) {
                // the call site may name a more specific receiver type than the target declares
                return new ConstantCallSite(MethodHandles.publicLookup().unreflect(method).asType(type));
            }
        }
        throw new NoSuchMethodException(targetClassName + "." + methodName);
    }
}
