package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every persistence unit passes through a {@code SessionFactoryImpl} constructor, whatever bootstraps it
 * (JPA, Spring, native): the agent checks there, before any persister exists, that it can serve the unit
 * (and once they exist: {@link SessionFactoryCreatedInstrumentation}). Any constructor matches, so this hook
 * applies to any Hibernate that still has the class.
 */
public final class SessionFactoryInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.SessionFactoryImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("<init>", -1, getClass().getPackageName() + ".SessionFactoryGateAdvice")
                .atEntry("checkBeforeBuilding", Arg.DECLARING_CLASS, Arg.ALL_ARGUMENTS);
    }
}
