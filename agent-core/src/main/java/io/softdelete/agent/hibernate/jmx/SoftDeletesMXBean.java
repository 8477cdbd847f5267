package io.softdelete.agent.hibernate.jmx;

import java.util.List;

/**
 * The operations of one persistence unit's removed rows, as MBean {@code io.softdelete:type=SoftDeletes,unit=NAME}:
 * open types only, so that JConsole and VisualVM show them and the command line needs none of the agent's classes.
 * A refusal (an unknown entity or removal, an id of the wrong type, a restore that cannot be made) is an
 * {@code IllegalStateException}, an instant that is not ISO-8601 an {@code IllegalArgumentException}; either message
 * begins {@code soft-delete-agent:}.
 */
public interface SoftDeletesMXBean {
    String getUnit();

    /** The removal journal's table, or {@code null} when the unit keeps no journal. */
    String getJournal();

    /** The soft-deleted entities, by entity name. */
    List<String> getEntities();

    /**
     * The latest removals, newest first: of those flagging a row of that entity (entity name or class; {@code null}
     * or empty: any) since that ISO-8601 instant ({@code null} or empty: ever); at most {@code limit}.
     */
    List<RemovalView> removals(String entity, String since, int limit);

    /** The rows that removal flagged, each with the row it came down from. */
    List<RowView> show(String removalId);

    RestoreView restoreRemoval(String removalId);

    RestoreView restoreRow(String entity, String id);
}
