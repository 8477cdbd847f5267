package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * The last line: Hibernate builds a {@code DeleteCoordinatorStandard}, the thing that writes an entity's
 * physical DELETE, once per persister while the persistence unit boots. For a soft-deleted entity it must
 * never exist; if it is about to, the unit fails to boot instead.
 */
public final class PhysicalDeleteGuardInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.mutation.DeleteCoordinatorStandard";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("<init>", -1, getClass().getPackageName() + ".PhysicalDeleteGuardAdvice")
                .atEntry("refusePhysicalDelete", Arg.ALL_ARGUMENTS);
    }
}
