package io.softdelete.agent.hibernate.boot;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

public final class SessionFactoryCreatedAdvice {
    private SessionFactoryCreatedAdvice() {
    }

    public static void checkBeforeAnnouncing(Class<?> observerChainClass, SessionFactory sessionFactory) {
        BootChecks.checkBuilt(observerChainClass.getClassLoader(), (SessionFactoryImplementor) sessionFactory);
    }
}
