package io.softdelete.agent.hibernate.boot;

import org.hibernate.engine.spi.SessionFactoryImplementor;

public final class SessionFactoryGateAdvice {
    private SessionFactoryGateAdvice() {
    }

    public static void checkBeforeBuilding(Class<?> sessionFactoryClass, Object[] arguments) {
        BootChecks.check(sessionFactoryClass.getClassLoader(), arguments);
    }

    public static void checkAfterBuilding(Class<?> sessionFactoryClass, SessionFactoryImplementor sessionFactory) {
        BootChecks.checkBuilt(sessionFactoryClass.getClassLoader(), sessionFactory);
    }
}
