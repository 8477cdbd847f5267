package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every statement of a bulk mutation runs through {@code StandardJdbcMutationExecutor.execute}, the flagging update
 * of a soft bulk delete included, whatever strategy built it: just before it, the removal journal records the rows
 * it will flag ({@link io.softdelete.agent.hibernate.journal.BulkRemovals}).
 */
public final class BulkRemovalJournalInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.sql.exec.internal.StandardJdbcMutationExecutor";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("execute", 5, getClass().getPackageName() + ".RemovalJournalAdvice")
                .atEntry("beforeBulkMutation", Arg.argument(0), Arg.argument(1), Arg.argument(4));
    }
}
