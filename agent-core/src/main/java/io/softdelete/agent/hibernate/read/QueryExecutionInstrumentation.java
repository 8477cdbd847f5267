package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where every execution of a select query begins: Hibernate gives it a callback of its own, by which what it makes of
 * the query (a scroll's or a count's execution context, the JDBC results) knows a hint of the query's own
 * ({@link RemovedRowsHint}).
 */
public final class QueryExecutionInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.spi.AbstractSelectionQuery";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("resetCallback", 0, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atExit("executionBegins", Arg.THIS);
    }
}
