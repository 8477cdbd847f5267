package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * With quoted identifiers ({@code hibernate.globally_quoted_identifiers}), the schema quotes the flag column like
 * every other, but {@code SoftDeleteMappingImpl}, which every statement takes the flag's name from, keeps it
 * unquoted: on a database that folds unquoted names, every insert, removal and query then misses the column.
 * While the mapping of a configured root is built, it gets the name as the schema writes it. (On 6.6 the name is
 * read where the mapping is resolved: {@link QuotedIndicator66Instrumentation}.)
 */
public final class QuotedIndicatorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.SoftDeleteMappingImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (!hooks.canSee(HibernateLines.SINCE_7)) {
            return;
        }
        String advice = getClass().getPackageName() + ".QuotedIndicatorAdvice";
        hooks.method("<init>", 4, advice)
                .atEntry("beginMapping", Arg.argument(1), Arg.argument(3))
                .atExit("endMapping")
                .onThrow("endMapping");
        hooks.replaceCalls("org.hibernate.mapping.Column", "getName", "()Ljava/lang/String;", advice, "columnName");
    }
}
