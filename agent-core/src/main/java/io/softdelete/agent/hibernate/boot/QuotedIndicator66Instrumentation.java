package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * {@link QuotedIndicatorInstrumentation} on the 6.6 line, where {@code SoftDeleteHelper.resolveSoftDeleteMapping}
 * reads the flag column's name and hands it to the mapping. Both of its overloads match; Hibernate calls the one
 * given the dialect, which the other delegates to.
 */
public final class QuotedIndicator66Instrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.boot.model.internal.SoftDeleteHelper";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (hooks.canSee(HibernateLines.SINCE_7)) {
            return;
        }
        String advice = getClass().getPackageName() + ".QuotedIndicatorAdvice66";
        hooks.method("resolveSoftDeleteMapping", 4, advice)
                .atEntry("beginMapping", Arg.argument(1), Arg.argument(3))
                .atExit("endMapping")
                .onThrow("endMapping");
        hooks.replaceCalls("org.hibernate.mapping.Column", "getName", "()Ljava/lang/String;",
                getClass().getPackageName() + ".QuotedIndicatorAdvice", "columnName");
    }
}
