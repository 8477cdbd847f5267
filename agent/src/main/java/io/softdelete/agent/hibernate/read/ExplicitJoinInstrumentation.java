package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * An explicit {@code join o.customer c} is a query, not navigation: it keeps its meaning and leaves out
 * soft-deleted customers. The restriction goes into the join's ON clause, so an inner join stays an inner
 * join (dropping the row) and a left join keeps the row with no customer. Fetch joins are navigation and
 * stay unrestricted, like every to-one (see {@link ToOneInstrumentation}).
 */
public final class ExplicitJoinInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.sql.BaseSqmToSqlAstConverter";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.advice(named("consumeAttributeJoin").and(takesArguments(4)),
                getClass().getPackageName() + ".ExplicitJoinAdvice");
    }
}
