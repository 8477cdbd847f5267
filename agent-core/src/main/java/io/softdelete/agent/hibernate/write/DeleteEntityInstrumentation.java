package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Before Hibernate deletes a row, it nulls the row's foreign keys to rows removed in the same flush (in the state
 * it keeps for the removal, which the flush then writes), so that the deletes cannot break them. A soft-deleted
 * row is kept, and so is a soft-deleted target: between the two, nothing can break, and a restore needs the link.
 * Once {@code deleteEntity} has prepared the removal of a soft-deleted entity, its references to removed
 * soft-deleted rows are put back. References to rows deleted for good stay nulled, or the delete would fail.
 * <p>
 * {@code deleteEntity} is also where Hibernate decides a removal, and, nested in it, what the removal cascades to:
 * the removal journal opens the removal there ({@link io.softdelete.agent.hibernate.journal.RemovalJournal}).
 */
public final class DeleteEntityInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.event.internal.DefaultDeleteEventListener";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("deleteEntity", 7, getClass().getPackageName() + ".KeptReferencesAdvice")
                .atExit("keepReferencesToKeptRows", Arg.argument(0), Arg.argument(1), Arg.argument(2), Arg.argument(5));
        hooks.method("deleteEntity", 7, getClass().getPackageName() + ".RemovalJournalAdvice")
                .atEntry("beginRemoval", Arg.argument(0), Arg.argument(2), Arg.argument(5))
                .atExit("endRemoval")
                .onThrow("endRemoval");
    }
}
