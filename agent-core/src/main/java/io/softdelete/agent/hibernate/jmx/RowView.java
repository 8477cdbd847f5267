package io.softdelete.agent.hibernate.jmx;

/** One row a removal flagged: the row it came down from ({@code null} for the removal's root), and whether it is back. */
public final class RowView {
    private final String entity;
    private final String id;
    private final String parentEntity;
    private final String parentId;
    private final String origin;
    private final String restoredAt;

    RowView(String entity, String id, String parentEntity, String parentId, String origin, String restoredAt) {
        this.entity = entity;
        this.id = id;
        this.parentEntity = parentEntity;
        this.parentId = parentId;
        this.origin = origin;
        this.restoredAt = restoredAt;
    }

    public String getEntity() {
        return entity;
    }

    public String getId() {
        return id;
    }

    public String getParentEntity() {
        return parentEntity;
    }

    public String getParentId() {
        return parentId;
    }

    public String getOrigin() {
        return origin;
    }

    public String getRestoredAt() {
        return restoredAt;
    }
}
