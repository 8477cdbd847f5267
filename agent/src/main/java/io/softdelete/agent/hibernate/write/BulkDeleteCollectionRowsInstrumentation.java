package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Before a bulk {@code delete} (soft or not), Hibernate deletes the matching rows of the entity's join and
 * collection tables. For a soft-deleted entity those rows stay, as they do on {@code remove}.
 */
public final class BulkDeleteCollectionRowsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("visitCollectionTableDeletes", 5, "org.hibernate.metamodel.mapping.EntityMappingType",
                        getClass().getPackageName() + ".KeepBulkCollectionRowsAdvice")
                .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(0));
    }
}
