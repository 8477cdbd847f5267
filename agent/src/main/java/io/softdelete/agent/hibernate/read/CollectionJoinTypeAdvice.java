package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.from.TableGroup;

public final class CollectionJoinTypeAdvice {
    private CollectionJoinTypeAdvice() {
    }

    @Advice.OnMethodExit(inline = false)
    @Advice.AssignReturned.ToReturned
    public static SqlAstJoinType keepRequestedJoinType(@Advice.This PluralAttributeMapping collection,
                                                       @Advice.Argument(0) TableGroup lhs,
                                                       @Advice.Argument(1) SqlAstJoinType requested,
                                                       @Advice.Argument(2) boolean fetched,
                                                       @Advice.Return SqlAstJoinType decided) {
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
