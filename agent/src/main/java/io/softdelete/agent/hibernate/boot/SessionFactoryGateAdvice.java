package io.softdelete.agent.hibernate.boot;

import net.bytebuddy.asm.Advice;

public final class SessionFactoryGateAdvice {
    private SessionFactoryGateAdvice() {
    }

    @Advice.OnMethodEnter(inline = false)
    public static void checkBeforeBuilding(@Advice.Origin Class<?> sessionFactoryClass,
                                           @Advice.AllArguments Object[] arguments) {
        BootChecks.check(sessionFactoryClass.getClassLoader(), arguments);
    }
}
