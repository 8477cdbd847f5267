package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every removal of a row, stateful or stateless, loaded or not, ends in a delete coordinator's {@code delete},
 * which for a soft-deleted entity flags the row. What the database would do there through the foreign keys that
 * reference the row ({@link io.softdelete.agent.hibernate.ForeignKeyActions}), the advice does first: it removes
 * the rows the database would cascade to, each through its own entity's delete coordinator (a soft-deleted child
 * is flagged, and its own such children removed in turn; any other is deleted), and, under
 * {@code referencedRemoval=refuse}, fails as the database would on a live row that still references it. A row so
 * removed may also be up for removal in the session itself, later in the same flush: as it is gone already, that
 * removal is skipped (it would find no row).
 * <p>
 * Once the coordinator has written the flag (in either of its two ways of deleting), the row's removal goes into
 * the removal journal, where the unit keeps one ({@link io.softdelete.agent.hibernate.journal.RemovalJournal}).
 */
public final class DeleteCoordinatorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.mutation.AbstractDeleteCoordinator";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("delete", 4, getClass().getPackageName() + ".ForeignKeyActionsAdvice")
                .skippingWhen("removedByCascade", Arg.THIS, Arg.argument(1), Arg.argument(3))
                .atEntry("applyForeignKeyActions", Arg.THIS, Arg.argument(1), Arg.argument(3));
        String journal = getClass().getPackageName() + ".RemovalJournalAdvice";
        hooks.method("doStaticDelete", 6, journal)
                .atExit("rowFlagged", Arg.THIS, Arg.argument(1), Arg.argument(5));
        hooks.method("doDynamicDelete", 5, journal)
                .atExit("rowFlagged", Arg.THIS, Arg.argument(1), Arg.argument(4));
    }
}
