package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.persister.entity.EntityPersister;

public final class KeepStatelessCollectionRowsAdvice {
    private KeepStatelessCollectionRowsAdvice() {
    }

    /** Returns {@code true}, which skips the removal of the collection rows, for a soft-deleted entity. */
    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, inline = false)
    public static boolean keepRowsOfSoftDeletedEntity(@Advice.Argument(2) EntityPersister persister) {
        return SoftDeleteEntities.isSoftDeleted(persister.getEntityName());
    }
}
