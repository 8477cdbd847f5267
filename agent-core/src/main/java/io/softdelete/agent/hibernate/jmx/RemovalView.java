package io.softdelete.agent.hibernate.jmx;

/** One removal, by its root row. Instants are ISO-8601, in UTC. */
public final class RemovalView {
    private final String removalId;
    private final String removedAt;
    private final String removedBy;
    private final String origin;
    private final String entity;
    private final String rowId;
    private final int rows;
    private final int restoredRows;

    RemovalView(String removalId, String removedAt, String removedBy, String origin, String entity, String rowId, int rows,
                int restoredRows) {
        this.removalId = removalId;
        this.removedAt = removedAt;
        this.removedBy = removedBy;
        this.origin = origin;
        this.entity = entity;
        this.rowId = rowId;
        this.rows = rows;
        this.restoredRows = restoredRows;
    }

    public String getRemovalId() {
        return removalId;
    }

    public String getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public String getOrigin() {
        return origin;
    }

    public String getEntity() {
        return entity;
    }

    public String getRowId() {
        return rowId;
    }

    public int getRows() {
        return rows;
    }

    public int getRestoredRows() {
        return restoredRows;
    }
}
