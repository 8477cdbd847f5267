package io.softdelete.agent.hibernate.write;

import java.util.function.Consumer;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper;

public final class CollectionTablesToDelete {
    private CollectionTablesToDelete() {
    }

    /** Stands in for {@code SqmMutationStrategyHelper.visitCollectionTables} where a bulk delete uses it. */
    public static void visitCollectionTables(EntityMappingType entity, Consumer<PluralAttributeMapping> consumer) {
        if (!SoftDeleteEntities.isSoftDeleted(entity.getEntityName())) {
            SqmMutationStrategyHelper.visitCollectionTables(entity, consumer);
        } else {
            ForeignKeyActionsAdvice.refuseBulkDelete(entity);
        }
    }
}
