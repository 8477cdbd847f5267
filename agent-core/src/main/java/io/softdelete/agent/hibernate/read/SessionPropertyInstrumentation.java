package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where an EntityManager takes a property, {@code setProperty} or each entry of {@code createEntityManager(Map)}:
 * the {@link RemovedRowsHint} of that session, checked before Hibernate keeps it.
 */
public final class SessionPropertyInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.internal.SessionImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("setProperty", 2, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("sessionProperty", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
