package io.softdelete.agent.hibernate.boot;

public final class SessionFactoryGateAdvice {
    private SessionFactoryGateAdvice() {
    }

    public static void checkBeforeBuilding(Class<?> sessionFactoryClass, Object[] arguments) {
        BootChecks.check(sessionFactoryClass.getClassLoader(), arguments);
    }
}
