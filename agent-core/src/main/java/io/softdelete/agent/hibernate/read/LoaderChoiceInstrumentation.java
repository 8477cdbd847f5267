package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * Where an entity persister picks the loader for a load by id: navigation to a soft-deleted entity gets
 * an {@link UnfilteredSingleIdLoader}; {@code find} and {@code getReference} keep Hibernate's, which leaves
 * soft-deleted rows out. And where it picks the loader for a load by another unique key, which follows a to-one
 * that references that key: an {@link UnfilteredUniqueKeyLoader}, or a to-one would read {@code null} and then
 * write its foreign key as NULL.
 */
public final class LoaderChoiceInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.AbstractEntityPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".LoaderChoiceAdvice";
        // 7.x passes the lock options too, which the choice does not depend on
        hooks.method("determineLoaderToUse", hooks.canSee(HibernateLines.SINCE_7) ? 2 : 1, advice)
                .replacingReturn("unfilteredForNavigation", Arg.THIS, Arg.argument(0));
        hooks.method("getUniqueKeyLoader", 2, advice)
                .replacingReturn("unfilteredForReference", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
