package io.softdelete.agent.hibernate.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.journal.Restored.RowRef;
import io.softdelete.agent.hibernate.write.RemovedElementCollections;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.type.BasicType;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Brings removed rows back, in one transaction of its own: every row of the restore is live afterwards, or none
 * changed. A journaled removal comes back exactly (its rows, and no row another removal flagged); a row by entity
 * and id comes back with what its removal cascaded from it. The link and collection rows a removal kept need
 * nothing: they were never deleted.
 */
public final class Restorer {
    private final SessionFactoryImplementor factory;
    private final RemovalJournal journal;

    public Restorer(SessionFactoryImplementor factory) {
        this.factory = factory;
        this.journal = RemovalJournal.of(factory);
    }

    /** Restores every row of that removal not restored yet. */
    public Restored restoreRemoval(String removalId) {
        return inTransaction((session, connection) -> {
            JournalQueries queries = requireJournal(session, connection);
            List<JournalRow> rows = queries.removal(removalId);
            if (rows.isEmpty()) {
                throw new RestoreRefused("there is no removal " + removalId + " in the journal");
            }
            List<JournalRow> removed = new ArrayList<>();
            for (JournalRow row : rows) {
                if (row.restoredAt() == null) {
                    removed.add(row);
                }
            }
            if (removed.isEmpty()) {
                throw new RestoreRefused("removal " + removalId + " was restored already (" + rows.get(0).restoredAt() + ")");
            }
            return new Restored(removalId, restoreJournaled(session, connection, queries, removed), List.of(), List.of());
        });
    }

    /**
     * Restores that row and, where the journal has its removal, what that removal cascaded from it; rows above it
     * stay removed. Without a journal (or a journaled removal of the row), the row alone.
     */
    public Restored restoreRow(String entity, String idText) {
        EntityPersister persister = persisterOf(entity);
        Object id = parseId(persister, idText);
        return inTransaction((session, connection) -> restoreRow(session, connection, persister, id));
    }

    /** As {@link #restoreRow(String, String)}, in the caller's session and transaction. */
    public Restored restoreRowIn(SessionImplementor session, EntityPersister persister, Object id) {
        Restored restored = session.doReturningWork(connection -> restoreRow(session, connection, persister, id));
        // once the caller's transaction is over, whichever way: a cache must not answer from before the restore
        RemovedElementCollections.afterCompletion(session, () -> evictFromCaches(restored));
        return restored;
    }

    /** The journal row of the removal that removed that row and has not been restored; {@code null} if none. */
    public JournalRow removalOf(SessionImplementor session, EntityPersister persister, Object id) {
        return session.doReturningWork(connection -> {
            JournalQueries queries = requireJournal(session, connection);
            String rowId = RemovalJournal.idText(persister, id);
            Set<String> names = hierarchyNames(persister);
            String removalId = queries.removalOf(names, rowId);
            if (removalId != null) {
                for (JournalRow row : queries.removal(removalId)) {
                    if (names.contains(row.entityName()) && row.rowId().equals(rowId)) {
                        return row;
                    }
                }
            }
            return null;
        });
    }

    private Restored restoreRow(SessionImplementor session, Connection connection, EntityPersister persister, Object id)
            throws SQLException {
        String rowId = RemovalJournal.idText(persister, id);
        if (journal != null) {
            JournalQueries queries = new JournalQueries(journal, session, connection);
            String removalId = queries.removalOf(hierarchyNames(persister), rowId);
            if (removalId != null) {
                return restoreSubtree(session, connection, queries, removalId, hierarchyNames(persister), rowId);
            }
        }
        String restoredAs = restoreUnjournaled(session, connection, persister, id, rowId);
        return new Restored(null, List.of(new RowRef(restoredAs, rowId)), List.of(), cascadeTargets(persister));
    }

    private Restored restoreSubtree(SessionImplementor session, Connection connection, JournalQueries queries, String removalId,
                                    Set<String> entityNames, String rowId) throws SQLException {
        List<JournalRow> rows = queries.removal(removalId);
        JournalRow start = null;
        for (JournalRow row : rows) {
            if (entityNames.contains(row.entityName()) && row.rowId().equals(rowId)) {
                start = row;
            }
        }
        List<JournalRow> subtree = new ArrayList<>();
        Deque<JournalRow> toVisit = new ArrayDeque<>(List.of(start));
        while (!toVisit.isEmpty()) {
            JournalRow row = toVisit.pop();
            if (row.restoredAt() == null) {
                subtree.add(row);
            }
            for (JournalRow candidate : rows) {
                if (candidate.isChildOf(row)) {
                    toVisit.push(candidate);
                }
            }
        }
        List<RowRef> above = new ArrayList<>();
        for (JournalRow row = start; !row.isRoot(); ) {
            JournalRow parent = null;
            for (JournalRow candidate : rows) {
                if (row.isChildOf(candidate)) {
                    parent = candidate;
                }
            }
            if (parent == null) {
                break;
            }
            if (parent.restoredAt() == null) {
                above.add(new RowRef(parent.entityName(), parent.rowId()));
            }
            row = parent;
        }
        return new Restored(removalId, restoreJournaled(session, connection, queries, subtree), above, List.of());
    }

    private List<RowRef> restoreJournaled(SessionImplementor session, Connection connection, JournalQueries queries,
                                          List<JournalRow> rows) throws SQLException {
        Instant now = Instant.now();
        String by = journal.currentRemover();
        List<RowRef> restored = new ArrayList<>();
        for (JournalRow row : rows) {
            EntityPersister persister = factory.getMappingMetamodel().findEntityDescriptor(row.entityName());
            if (persister == null) {
                throw new RestoreRefused("cannot restore " + row.entityName() + "#" + row.rowId() + ": this persistence unit has"
                        + " no such entity");
            }
            // under any name of its hierarchy: a bulk delete journals a row under the entity it named
            String latest = queries.removalOf(hierarchyNames(persister), row.rowId());
            if (!row.removalId().equals(latest)) {
                throw new RestoreRefused("cannot restore " + row.entityName() + "#" + row.rowId() + ": it was removed again,"
                        + " by removal " + latest + ", since removal " + row.removalId());
            }
            if (flip(session, connection, persister, RemovalJournal.idOf(persister, row.rowId()), row.rowId()) != 1) {
                throw new RestoreRefused("cannot restore " + row.entityName() + "#" + row.rowId() + ": it is not removed");
            }
            queries.markRestored(row, now, by);
            restored.add(new RowRef(row.entityName(), row.rowId()));
        }
        return restored;
    }

    /** With no journal row: the row alone, in whichever table of its hierarchy holds it. */
    private String restoreUnjournaled(SessionImplementor session, Connection connection, EntityPersister persister, Object id,
                                      String rowId) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        for (String name : hierarchyNames(persister)) {
            EntityPersister candidate = factory.getMappingMetamodel().getEntityDescriptor(name);
            if (!candidate.isAbstract() || candidate.getSubclassEntityNames().size() == 1) {
                String table = ((AbstractEntityPersister) candidate).getIdentifierTableMapping().getTableName();
                if (tables.add(table) && flip(session, connection, candidate, id, rowId) == 1) {
                    return candidate.getEntityName();
                }
            }
        }
        throw new RestoreRefused("cannot restore " + persister.getEntityName() + "#" + rowId + ": it is not removed");
    }

    /** Sets the row's flag to live where it is removed; the number of rows changed. */
    private int flip(SessionImplementor session, Connection connection, EntityPersister persister, Object id, String rowId)
            throws SQLException {
        AbstractEntityPersister entity = (AbstractEntityPersister) persister;
        var table = entity.getIdentifierTableMapping();
        SoftDeleteMapping flag = entity.getSoftDeleteMapping();
        // the key columns of the table with the flag, the root's (the concrete class's with TABLE_PER_CLASS)
        String sql = "update " + table.getTableName() + " set " + LineApi.current().liveAssignment(flag) + " where "
                + entity.getIdentifierColumnNames()[0] + " = ? and " + LineApi.current().flagCondition(flag, true);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            persister.getIdentifierMapping().getJdbcMapping(0).getJdbcValueBinder().bind(statement,
                    persister.getIdentifierMapping().getJdbcMapping(0).convertToRelationalValue(id), 1, session);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new RestoreRefused("cannot restore " + persister.getEntityName() + "#" + rowId + ": " + e.getMessage()
                    + " (a unique key a live row holds now?)", e);
        }
    }

    /** The configured entities a removal of this one may have cascaded to. */
    private List<String> cascadeTargets(EntityPersister persister) {
        Set<String> targets = new LinkedHashSet<>();
        CascadeStyle[] styles = persister.getPropertyCascadeStyles();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            if (!styles[i].doCascade(CascadingActions.REMOVE) && !styles[i].hasOrphanDelete()) {
                continue;
            }
            String target = types[i] instanceof EntityType entityType ? entityType.getAssociatedEntityName()
                    : types[i] instanceof CollectionType collection && collection.isAssociationType()
                            ? collection.getAssociatedEntityName(factory) : null;
            if (target != null && SoftDeleteEntities.isSoftDeleted(target)) {
                targets.add(target);
            }
        }
        return List.copyOf(targets);
    }

    private JournalQueries requireJournal(SessionImplementor session, Connection connection) {
        if (journal == null) {
            throw new RestoreRefused("this persistence unit has no removal journal (option journal): a removal can be restored"
                    + " only row by row, by entity and id");
        }
        return new JournalQueries(journal, session, connection);
    }

    /** The persister of a configured entity, by entity name or class name. */
    public EntityPersister persisterOf(String entity) {
        EntityPersister persister = factory.getMappingMetamodel().findEntityDescriptor(entity);
        if (persister == null || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            throw new RestoreRefused("unknown entity " + entity + ": not a soft-deleted entity of this persistence unit");
        }
        if (!(persister.getIdentifierType() instanceof BasicType)) {
            throw new RestoreRefused(entity + " has a composite id, which cannot be given as text");
        }
        return persister;
    }

    public static Object parseId(EntityPersister persister, String idText) {
        try {
            return RemovalJournal.idOf(persister, idText);
        } catch (RuntimeException e) {
            throw new RestoreRefused("'" + idText + "' is not an id of " + persister.getEntityName() + " ("
                    + persister.getIdentifierType().getReturnedClass().getSimpleName() + "): " + e.getMessage(), e);
        }
    }

    /** Every entity name of the row's hierarchy: the journal names a row by its concrete entity. */
    public Set<String> hierarchyNames(EntityPersister persister) {
        EntityPersister root = factory.getMappingMetamodel().getEntityDescriptor(persister.getRootEntityName());
        Set<String> names = new LinkedHashSet<>();
        for (String name : root.getSubclassEntityNames()) {
            names.add(name);
        }
        return names;
    }

    private interface Work {
        Restored run(SessionImplementor session, Connection connection) throws SQLException;
    }

    private Restored inTransaction(Work work) {
        Restored result;
        try (Session session = factory.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                result = session.doReturningWork(connection -> work.run((SessionImplementor) session, connection));
                transaction.commit();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
        evictFromCaches(result);
        return result;
    }

    /** A second-level cache must not answer with the removed state of a restored row, or leave it out of a collection. */
    void evictFromCaches(Restored result) {
        var cache = factory.getCache();
        for (RowRef row : result.restored()) {
            EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(row.entityName());
            cache.evictEntityData(row.entityName(), RemovalJournal.idOf(persister, row.rowId()));
        }
        cache.evictCollectionData();
        cache.evictQueryRegions();
    }
}
