package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where an entity persister picks the loader for a load by id: navigation to a soft-deleted entity gets
 * an {@link UnfilteredSingleIdLoader}; {@code find} and {@code getReference} keep Hibernate's, which leaves
 * soft-deleted rows out.
 */
public final class LoaderChoiceInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.AbstractEntityPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("determineLoaderToUse", 2, getClass().getPackageName() + ".LoaderChoiceAdvice")
                .replacingReturn("unfilteredForNavigation", Arg.THIS, Arg.argument(0));
    }
}
