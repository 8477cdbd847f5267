package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * On the 6.6 line, the inline bulk delete strategy deletes the rows of the entity's join and collection tables
 * before it asks whether the entity is soft-deleted (7.x asks first). For a soft-deleted entity the collection
 * tables are not visited, so those rows stay, as they do on {@code remove}.
 */
public final class InlineDeleteCollectionRowsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.inline.InlineDeleteHandler";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        if (hooks.canSee(HibernateLines.SINCE_7)) {
            return;
        }
        hooks.replaceCalls("org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper", "visitCollectionTables",
                "(Lorg/hibernate/metamodel/mapping/EntityMappingType;Ljava/util/function/Consumer;)V",
                getClass().getPackageName() + ".CollectionTablesToDelete", "visitCollectionTables");
    }
}
