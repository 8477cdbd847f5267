package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.metamodel.mapping.EntityMappingType;

public final class KeepBulkCollectionRowsAdvice {
    private KeepBulkCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the collection-table deletes, for a soft-deleted entity. */
    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, inline = false)
    public static boolean keepRowsOfSoftDeletedEntity(@Advice.Argument(0) EntityMappingType entity) {
        return SoftDeleteEntities.isSoftDeleted(entity.getEntityName());
    }
}
