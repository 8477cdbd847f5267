package io.softdelete.agent.hibernate.jmx;

import java.util.List;

/**
 * What a restore did: the rows it restored ({@code entity#id}); those above the restored row in its removal, which
 * stay removed; and, with no journal to tell, the entities its removal may have cascaded to, not restored.
 */
public final class RestoreView {
    private final String removalId;
    private final List<String> restored;
    private final List<String> stillRemoved;
    private final List<String> notRestoredEntities;

    RestoreView(String removalId, List<String> restored, List<String> stillRemoved, List<String> notRestoredEntities) {
        this.removalId = removalId;
        this.restored = restored;
        this.stillRemoved = stillRemoved;
        this.notRestoredEntities = notRestoredEntities;
    }

    public String getRemovalId() {
        return removalId;
    }

    public List<String> getRestored() {
        return restored;
    }

    public List<String> getStillRemoved() {
        return stillRemoved;
    }

    public List<String> getNotRestoredEntities() {
        return notRestoredEntities;
    }
}
