package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * Two decisions of a bulk {@code delete} are made here. Before it (soft or not), Hibernate deletes the
 * matching rows of the entity's join and collection tables: for a soft-deleted entity those rows stay, as
 * they do on {@code remove}. And a soft bulk delete of a TABLE_PER_CLASS entity updates the table of each
 * type {@code softDeleteTargets} names, the abstract ones too, which have no table: only the types whose
 * table exists are updated (every concrete table has the flag column). On 6.6, the inline strategy deletes those
 * rows elsewhere: {@link InlineDeleteCollectionRowsInstrumentation}.
 */
public final class BulkDeleteInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String here = getClass().getPackageName();
        // the same step, named and shaped otherwise on 6.6
        boolean since7 = hooks.canSee(HibernateLines.SINCE_7);
        hooks.method(since7 ? "visitCollectionTableDeletes" : "cleanUpCollectionTables", since7 ? 5 : 4,
                        "org.hibernate.metamodel.mapping.EntityMappingType", here + ".KeepBulkCollectionRowsAdvice")
                .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(0));
        // Hibernate 7.1 has no softDeleteTargets: its soft bulk delete updates the root's table, and the boot checks
        // refuse TABLE_PER_CLASS hierarchies there
        if (hooks.canSee(HibernateLines.SINCE_7_2)) {
            hooks.method("softDeleteTargets", 1, here + ".SoftDeleteTargetsAdvice")
                    .replacingReturn("onlyExistingTables", Arg.argument(0));
        }
    }
}
