package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every removal of a row, stateful or stateless, loaded or not, ends in a delete coordinator's {@code delete},
 * which for a soft-deleted entity flags the row. Where the database would delete other rows with it through a
 * foreign key {@code ON DELETE CASCADE}, the advice removes them first, the way the database would have at that
 * moment: each through its own entity's delete coordinator, so that a soft-deleted child is flagged (and its own
 * such children removed in turn) and any other is deleted. Such a row may also be up for removal in the session
 * itself, later in the same flush: as it is gone already, that removal is skipped (it would find no row).
 */
public final class DatabaseCascadeInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.mutation.AbstractDeleteCoordinator";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("delete", 4, getClass().getPackageName() + ".DatabaseCascadeAdvice")
                .skippingWhen("removedByCascade", Arg.THIS, Arg.argument(1), Arg.argument(3))
                .atEntry("removeCascadedRows", Arg.THIS, Arg.argument(1), Arg.argument(3));
    }
}
