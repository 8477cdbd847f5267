package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.from.TableGroup;

public final class CollectionJoinTypeAdvice {
    private CollectionJoinTypeAdvice() {
    }

    public static SqlAstJoinType keepRequestedJoinType(SqlAstJoinType decided, PluralAttributeMapping collection,
                                                       TableGroup lhs, SqlAstJoinType requested, boolean fetched) {
        if (collection.getSoftDeleteMapping() != null
                || !(collection.getElementDescriptor() instanceof EntityCollectionPart element)
                || !SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityMappingType().getEntityName())) {
            return decided;
        }
        // what Hibernate decides for a collection without soft delete
        if (requested != null) {
            return requested;
        }
        return fetched ? collection.getDefaultSqlAstJoinType(lhs) : SqlAstJoinType.INNER;
    }
}
