package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;

public final class CollectionFlagTableAdvice {
    private CollectionFlagTableAdvice() {
    }

    public static void keepFlagTable(TableGroupJoin join, PluralAttributeMapping collection, SqlAstCreationState creationState) {
        if (collection.getElementDescriptor() instanceof EntityCollectionPart element
                && SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityMappingType().getEntityName())) {
            FlagTable.keep(join.getJoinedGroup(), element.getAssociatedEntityMappingType(), creationState);
        }
    }
}
