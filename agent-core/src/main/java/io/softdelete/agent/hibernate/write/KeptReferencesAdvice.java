package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CompositeType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

public final class KeptReferencesAdvice {
    private KeptReferencesAdvice() {
    }

    public static void keepReferencesToKeptRows(EventSource session, Object entity, EntityEntry entry, EntityPersister persister) {
        Object[] deletedState = entry.getDeletedState();
        if (deletedState == null || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            deletedState[i] = keep(deletedState[i], persister.getValue(entity, i), types[i], session);
        }
    }

    /** The value of the removal's state, with each reference the nullifier took out and that may stay put back. */
    private static Object keep(Object deleted, Object current, Type type, EventSource session) {
        if (type instanceof EntityType entityType) {
            return deleted == null && current != null && isRemovedKeptRow(current, entityType, session) ? current : deleted;
        }
        if (type instanceof CompositeType composite && deleted != null && current != null && deleted != current) {
            Object[] deletedValues = composite.getPropertyValues(deleted, session);
            Object[] currentValues = composite.getPropertyValues(current, session);
            Type[] subtypes = composite.getSubtypes();
            boolean changed = false;
            for (int i = 0; i < subtypes.length; i++) {
                Object kept = keep(deletedValues[i], currentValues[i], subtypes[i], session);
                changed |= kept != deletedValues[i];
                deletedValues[i] = kept;
            }
            if (changed) {
                composite.setPropertyValues(deleted, deletedValues);
            }
        }
        return deleted;
    }

    /** A soft-deleted target removed in this session: its row stays, so a reference to it can too. */
    private static boolean isRemovedKeptRow(Object target, EntityType type, EventSource session) {
        if (!SoftDeleteEntities.isSoftDeleted(type.getAssociatedEntityName())) {
            return false;
        }
        return RemovedInSession.isRemoved(target, session);
    }
}
