package io.softdelete.agent.hibernate.boot;

import net.bytebuddy.asm.Advice;
import org.hibernate.engine.spi.SessionFactoryImplementor;

public final class SessionFactoryGateAdvice {
    private SessionFactoryGateAdvice() {
    }

    @Advice.OnMethodEnter(inline = false)
    public static void checkBeforeBuilding(@Advice.Origin Class<?> sessionFactoryClass,
                                           @Advice.AllArguments Object[] arguments) {
        BootChecks.check(sessionFactoryClass.getClassLoader(), arguments);
    }

    @Advice.OnMethodExit(inline = false)
    public static void checkAfterBuilding(@Advice.This SessionFactoryImplementor sessionFactory) {
        BootChecks.checkPersisters(sessionFactory);
    }
}
