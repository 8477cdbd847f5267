package io.softdelete.agent.hibernate.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.softdelete.agent.hibernate.boot.DatabaseTables;
import io.softdelete.agent.hibernate.boot.SoftDeleteBootException;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedTableName;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.Action;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * The removal journal's table (option {@code journal}): the one table the agent writes that the application did
 * not map. Its name is used as given, unqualified but for the unit's default catalog and schema, and not put
 * through the naming strategy, so that an operator's DDL names it as the option does. Where the unit's
 * {@code hbm2ddl} action creates its tables, the journal is created with them (dropped and created again by
 * {@code create}, as the mapped tables are, since their ids start over); otherwise it must exist with every
 * column, or the unit refuses to boot and the message gives the DDL for the unit's dialect.
 */
public final class JournalTable {
    static final String REMOVAL_ID = "removal_id";
    static final String ENTITY_NAME = "entity_name";
    static final String ROW_ID = "row_id";
    static final String PARENT_ENTITY = "parent_entity";
    static final String PARENT_ID = "parent_id";
    static final String ORIGIN = "origin";
    static final String REMOVED_AT = "removed_at";
    static final String REMOVED_BY = "removed_by";
    static final String RESTORED_AT = "restored_at";
    static final String RESTORED_BY = "restored_by";
    private static final List<String> COLUMNS = List.of(REMOVAL_ID, ENTITY_NAME, ROW_ID, PARENT_ENTITY, PARENT_ID, ORIGIN,
            REMOVED_AT, REMOVED_BY, RESTORED_AT, RESTORED_BY);
    private static final Set<Action> CREATING = Set.of(Action.CREATE, Action.CREATE_ONLY, Action.CREATE_DROP);

    private final String name;
    private final String qualifiedName;
    private final String defaultSchema;

    private JournalTable(String name, String qualifiedName, String defaultSchema) {
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.defaultSchema = defaultSchema;
    }

    /** The table as the SQL of that unit names it. */
    public String sqlName() {
        return qualifiedName;
    }

    /** Creates, checks or refuses, as the unit's schema action says; before Hibernate exports the unit's schema. */
    static JournalTable prepare(String name, SessionFactoryImplementor factory) {
        var names = factory.getSqlStringGenerationContext();
        String qualified = names.format(new QualifiedTableName(null, null, Identifier.toIdentifier(name)));
        JournalTable table = new JournalTable(name, qualified,
                names.getDefaultSchema() == null ? null : names.getDefaultSchema().getText());
        Action action = DatabaseTables.schemaAction(factory.getProperties());
        Dialect dialect = factory.getJdbcServices().getDialect();
        JdbcConnectionAccess access = factory.getJdbcServices().getBootstrapJdbcConnectionAccess();
        try {
            Connection connection = access.obtainConnection();
            try {
                Set<String> present = table.presentColumns(connection);
                if (CREATING.contains(action)) {
                    table.execute(connection, present.isEmpty() ? List.of() : List.of(dialect.getDropTableString(qualified)));
                    table.execute(connection, table.createStatements(factory));
                } else if (present.isEmpty() && action == Action.UPDATE) {
                    table.execute(connection, table.createStatements(factory));
                } else if (!present.containsAll(COLUMNS)) {
                    List<String> missing = new ArrayList<>();
                    for (String column : COLUMNS) {
                        if (!present.contains(column)) {
                            missing.add(column);
                        }
                    }
                    throw SoftDeleteBootException.refusal("the persistence unit may not boot: the removal journal (option journal="
                            + name + ") " + (present.isEmpty() ? "table " + qualified + " does not exist"
                                    : "table " + qualified + " lacks the column(s) " + String.join(", ", missing))
                            + "; create it with: " + String.join("; ", table.createStatements(factory)));
                }
            } finally {
                access.releaseConnection(connection);
            }
        } catch (SQLException e) {
            throw SoftDeleteBootException.refusal("cannot prepare the removal journal table " + qualified + ": " + e);
        }
        return table;
    }

    /** The DDL for the unit's dialect, as the README gives it for some. */
    private List<String> createStatements(SessionFactoryImplementor factory) {
        DdlTypeRegistry types = factory.getTypeConfiguration().getDdlTypeRegistry();
        String text = types.getTypeName(SqlTypes.VARCHAR, 255L, null, null);
        String id = types.getTypeName(SqlTypes.VARCHAR, 36L, null, null);
        String origin = types.getTypeName(SqlTypes.VARCHAR, 16L, null, null);
        int instantType = factory.getTypeConfiguration().getBasicTypeForJavaType(Instant.class).getJdbcType().getDdlTypeCode();
        String instant = types.getTypeName(instantType, null, 6, null);
        return List.of("create table " + qualifiedName + " ("
                        + REMOVAL_ID + " " + id + " not null, "
                        + ENTITY_NAME + " " + text + " not null, "
                        + ROW_ID + " " + text + " not null, "
                        + PARENT_ENTITY + " " + text + ", "
                        + PARENT_ID + " " + text + ", "
                        + ORIGIN + " " + origin + " not null, "
                        + REMOVED_AT + " " + instant + " not null, "
                        + REMOVED_BY + " " + text + ", "
                        + RESTORED_AT + " " + instant + ", "
                        + RESTORED_BY + " " + text + ", "
                        + "primary key (" + REMOVAL_ID + ", " + ENTITY_NAME + ", " + ROW_ID + "))",
                "create index " + name + "_row on " + qualifiedName + " (" + ENTITY_NAME + ", " + ROW_ID + ")");
    }

    /** The journal's columns the database has, lower case; none when there is no such table. */
    private Set<String> presentColumns(Connection connection) throws SQLException {
        return new TreeSet<>(DatabaseTables.columns(connection, new DatabaseTables.Name(null, defaultSchema, false, name, false)).keySet());
    }

    private void execute(Connection connection, List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
