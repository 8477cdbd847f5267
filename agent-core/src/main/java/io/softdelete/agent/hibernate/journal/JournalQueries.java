package io.softdelete.agent.hibernate.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.descriptor.ValueBinder;

/** Reads the journal, and marks restored rows, through one session's connection. */
final class JournalQueries {
    private static final String ROW_COLUMNS = String.join(", ", JournalTable.REMOVAL_ID, JournalTable.ENTITY_NAME,
            JournalTable.ROW_ID, JournalTable.PARENT_ENTITY, JournalTable.PARENT_ID, JournalTable.ORIGIN, JournalTable.REMOVED_AT,
            JournalTable.REMOVED_BY, JournalTable.RESTORED_AT, JournalTable.RESTORED_BY);

    private final String table;
    private final JdbcMapping instant;
    private final SharedSessionContractImplementor session;
    private final Connection connection;

    JournalQueries(RemovalJournal journal, SharedSessionContractImplementor session, Connection connection) {
        this.table = journal.table().sqlName();
        this.instant = session.getFactory().getTypeConfiguration().getBasicTypeForJavaType(Instant.class);
        this.session = session;
        this.connection = connection;
    }

    /** The rows one removal flagged, in the order it flagged them. */
    List<JournalRow> removal(String removalId) throws SQLException {
        return rows("select " + ROW_COLUMNS + " from " + table + " where " + JournalTable.REMOVAL_ID + " = ?", List.of(removalId), 0);
    }

    /** The removal that removed that row and has not been restored, the latest; {@code null} if none. */
    String removalOf(Collection<String> entityNames, String rowId) throws SQLException {
        List<Object> parameters = new ArrayList<>(entityNames);
        parameters.add(rowId);
        List<JournalRow> rows = rows("select " + ROW_COLUMNS + " from " + table + " where " + JournalTable.ENTITY_NAME + " in ("
                + placeholders(entityNames.size()) + ") and " + JournalTable.ROW_ID + " = ? and " + JournalTable.RESTORED_AT
                + " is null order by " + JournalTable.REMOVED_AT + " desc", parameters, 1);
        return rows.isEmpty() ? null : rows.get(0).removalId();
    }

    /**
     * The latest removals, newest first, each with its rows, of those flagging a row of one of these entities
     * (none: any) since that instant ({@code null}: ever).
     */
    Map<String, List<JournalRow>> removals(Collection<String> entityNames, Instant since, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!entityNames.isEmpty()) {
            where.append(" and ").append(JournalTable.ENTITY_NAME).append(" in (").append(placeholders(entityNames.size())).append(')');
            parameters.addAll(entityNames);
        }
        if (since != null) {
            where.append(" and ").append(JournalTable.REMOVED_AT).append(" >= ?");
            parameters.add(since);
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select " + JournalTable.REMOVAL_ID + ", max("
                + JournalTable.REMOVED_AT + ") from " + table + where + " group by " + JournalTable.REMOVAL_ID + " order by 2 desc")) {
            bind(statement, parameters);
            statement.setMaxRows(limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        Map<String, List<JournalRow>> removals = new LinkedHashMap<>();
        for (String id : ids) {
            removals.put(id, removal(id));
        }
        return removals;
    }

    void markRestored(JournalRow row, Instant at, String by) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("update " + table + " set " + JournalTable.RESTORED_AT
                + " = ?, " + JournalTable.RESTORED_BY + " = ? where " + JournalTable.REMOVAL_ID + " = ? and "
                + JournalTable.ENTITY_NAME + " = ? and " + JournalTable.ROW_ID + " = ?")) {
            bind(statement, Arrays.asList(at, by, row.removalId(), row.entityName(), row.rowId()));
            statement.executeUpdate();
        }
    }

    private List<JournalRow> rows(String sql, List<Object> parameters, int maxRows) throws SQLException {
        List<JournalRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setMaxRows(maxRows);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new JournalRow(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getString(6), instantAt(result, 7), result.getString(8),
                            instantAt(result, 9), result.getString(10)));
                }
            }
        }
        return rows;
    }

    private Instant instantAt(ResultSet result, int index) throws SQLException {
        return (Instant) instant.getJdbcValueExtractor().extract(result, index, session);
    }

    @SuppressWarnings("unchecked")
    private void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant at) {
                ((ValueBinder<Instant>) instant.getJdbcValueBinder()).bind(statement, at, i + 1, session);
            } else {
                RemovalJournal.setNullable(statement, i + 1, (String) value);
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
