package io.softdelete.agent.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The bootstrap method of every call site the agent writes into Hibernate's classes. It binds the call
 * site, once, to a public static method of a class in {@code io.softdelete.agent.hibernate}, loaded by the
 * {@link HibernateSideLoader} of the calling class's loader. After linking, the call is a plain static
 * call: no lookup per invocation. On a Hibernate the agent does not support, every call site throws the
 * refusal instead, the same message whichever advice would have run first.
 */
public final class IndyBootstrap {
    /** Asked before a call site is bound: on a Hibernate the agent does not support, none is bound to its advice. */
    private static final String VERSION_GATE = HibernateSideLoader.HIBERNATE_SIDE_PACKAGE + "boot.VersionGate";

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
        ClassLoader sideLoader = HibernateSideLoader.forHibernateLoader(hibernateLoader);
        Method refusal = Class.forName(VERSION_GATE, true, sideLoader).getMethod("refusal");
        if (refusal.invoke(null) != null) {
            return refusingCallSite(refusal, type);
        }
        Class<?> target = Class.forName(targetClassName, true, sideLoader);
        for (Method method : target.getMethods()) {
            if (method.getName().equals(methodName) && Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == type.parameterCount()) {
                // the call site may name a more specific receiver type than the target declares
                return new ConstantCallSite(MethodHandles.publicLookup().unreflect(method).asType(type));
            }
        }
        throw new NoSuchMethodException(targetClassName + "." + methodName);
    }

    /** A call site that throws the gate's refusal, whatever it is called with: no advice runs on that Hibernate. */
    private static CallSite refusingCallSite(Method refusal, MethodType type) throws IllegalAccessException {
        MethodHandle thrower = MethodHandles.throwException(type.returnType(), RuntimeException.class);
        MethodHandle refuse = MethodHandles.foldArguments(thrower, MethodHandles.publicLookup().unreflect(refusal));
        return new ConstantCallSite(MethodHandles.dropArguments(refuse, 0, type.parameterList()));
    }
}
