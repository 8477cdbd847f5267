package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * On databases whose multi-table bulk delete is one statement with common table expressions (PostgreSQL
 * among them), Hibernate adds a DELETE of the join and collection tables to that statement, soft delete or
 * not. For a soft-deleted entity the collection tables are not visited, so those rows stay.
 */
public final class CteBulkDeleteCollectionRowsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.cte.CteDeleteHandler";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.replaceCalls("org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper", "visitCollectionTables",
                "(Lorg/hibernate/metamodel/mapping/EntityMappingType;Ljava/util/function/Consumer;)V",
                getClass().getPackageName() + ".CollectionTablesToDelete", "visitCollectionTables");
    }
}
