package io.softdelete.agent.hibernate.journal;

import java.util.List;

/**
 * What one restore did: the rows it brought back; the rows above the restored one that its removal flagged too and
 * that stay removed; and, with no journal to tell, the entities its removal may have cascaded to, not restored.
 */
public record Restored(String removalId, List<RowRef> restored, List<RowRef> stillRemoved, List<String> notRestoredEntities) {

    /** A row, by entity name and id text. */
    public record RowRef(String entityName, String rowId) {
    }
}
