package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * The last step of {@code SessionFactoryImpl}'s constructor announces the built factory to its observers:
 * Hibernate's registry and JNDI binding, schema export and import scripts, the application's own. Before
 * any of them is told, the agent checks every hook and every soft-deleted persister; a refusal thrown there is
 * caught by the constructor, which closes the factory.
 */
public final class SessionFactoryCreatedInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.SessionFactoryObserverChain";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("sessionFactoryCreated", 1, getClass().getPackageName() + ".SessionFactoryCreatedAdvice")
                .atEntry("checkBeforeAnnouncing", Arg.DECLARING_CLASS, Arg.argument(0));
    }
}
