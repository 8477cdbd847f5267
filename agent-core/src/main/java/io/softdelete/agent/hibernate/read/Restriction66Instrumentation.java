package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * {@link RestrictionInstrumentation} on the 6.6 line: there every live-row predicate comes from the two static
 * {@code SoftDeleteHelper.createNonSoftDeletedRestriction(table, mapping[, resolver])}, the root's first, as on 7.x.
 */
public final class Restriction66Instrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.boot.model.internal.SoftDeleteHelper";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (hooks.canSee(HibernateLines.SINCE_7)) {
            return;
        }
        hooks.method("createNonSoftDeletedRestriction", -1, getClass().getPackageName() + ".RestrictionAdvice")
                .replacingReturn("switchRestriction", Arg.argument(1), Arg.argument(0));
    }
}
