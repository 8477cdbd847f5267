package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Hibernate removes orphans while it cascades, at the flush: those of a collection in {@code deleteOrphans}, that of
 * a one-to-one in {@code cascadeLogicalOneToOneOrphanRemoval}. A removal decided in there is an orphan's, for the
 * removal journal ({@link io.softdelete.agent.hibernate.journal.RemovalJournal}).
 */
public final class OrphanRemovalInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.engine.internal.Cascade";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".RemovalJournalAdvice";
        hooks.method("deleteOrphans", 3, advice)
                .atEntry("beginOrphans")
                .atExit("endOrphans")
                .onThrow("endOrphans");
        hooks.method("cascadeLogicalOneToOneOrphanRemoval", 9, advice)
                .atEntry("beginOrphans")
                .atExit("endOrphans")
                .onThrow("endOrphans");
    }
}
