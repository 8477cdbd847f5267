package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * The one place every live-row predicate of a soft-delete mapping is built; see {@link RestrictionSwitch}.
 */
public final class RestrictionInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.SoftDeleteMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("createNonDeletedRestriction", -1, getClass().getPackageName() + ".RestrictionAdvice")
                .replacingReturn("switchRestriction", Arg.THIS, Arg.argument(0));
    }
}
