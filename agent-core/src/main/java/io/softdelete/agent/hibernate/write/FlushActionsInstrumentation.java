package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * A flush executes its actions in {@code ActionQueue.executeActions}: the removal journal keeps the journal rows
 * of the rows flagged there and writes them in one batch before it returns, one round trip however many rows a
 * removal cascaded to ({@link io.softdelete.agent.hibernate.journal.RemovalJournal}); a flush that fails writes none.
 */
public final class FlushActionsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.engine.spi.ActionQueue";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("executeActions", 0, getClass().getPackageName() + ".RemovalJournalAdvice")
                .atEntry("beginFlushActions")
                .atExit("endFlushActions")
                .onThrow("failedFlushActions");
    }
}
