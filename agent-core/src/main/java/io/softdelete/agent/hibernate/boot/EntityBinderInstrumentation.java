package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where Hibernate binds {@code @SoftDelete} to an entity root while building the boot model: configured
 * roots get the same binding, as if they carried the annotation.
 */
public final class EntityBinderInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.boot.model.internal.EntityBinder";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("bindSoftDelete", 3, getClass().getPackageName() + ".BindSoftDeleteAdvice")
                .atExit("bindConfiguredRoot", Arg.argument(1), Arg.argument(2));
    }
}
