package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * The one place every live-row predicate of a soft-delete mapping is built on the 7.x lines; see
 * {@link RestrictionSwitch} (on 6.6: {@link Restriction66Instrumentation}).
 */
public final class RestrictionInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.SoftDeleteMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (!hooks.canSee(HibernateLines.SINCE_7)) {
            return;
        }
        hooks.method("createNonDeletedRestriction", -1, getClass().getPackageName() + ".RestrictionAdvice")
                .replacingReturn("switchRestriction", Arg.THIS, Arg.argument(0));
    }
}
