package io.softdelete.agent.hibernate.journal;

import java.time.Instant;

/** One row of the removal journal: a row one removal flagged, and whether it has been restored. */
public record JournalRow(String removalId, String entityName, String rowId, String parentEntity, String parentId, String origin,
                         Instant removedAt, String removedBy, Instant restoredAt, String restoredBy) {

    boolean isChildOf(JournalRow parent) {
        return parent.entityName.equals(parentEntity) && parent.rowId.equals(parentId);
    }

    public boolean isRoot() {
        return parentEntity == null;
    }
}
