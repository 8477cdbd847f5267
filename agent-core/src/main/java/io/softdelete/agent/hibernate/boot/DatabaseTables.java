package io.softdelete.agent.hibernate.boot;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.tool.schema.Action;

/** What the database says of the tables a unit uses, read at boot through JDBC metadata, and the unit's schema action. */
public final class DatabaseTables {
    private DatabaseTables() {
    }

    /** One column as JDBC metadata describes it. */
    public record ColumnInfo(String typeName, int dataType, int size, int decimalDigits) {
    }

    /**
     * A table as the unit names it, unquoted: its catalog and schema ({@code null}: the connection's), and whether the
     * schema and the table were quoted (then their case is theirs, else the database's for unquoted names).
     */
    public record Name(String catalog, String schema, boolean schemaQuoted, String table, boolean tableQuoted) {
    }

    /** The unit's database action, read as Hibernate reads it: the JPA setting first. */
    public static Action schemaAction(Map<String, Object> settings) {
        Object jpa = settings.get("jakarta.persistence.schema-generation.database.action");
        if (jpa == null) {
            jpa = settings.get("javax.persistence.schema-generation.database.action");
        }
        return jpa != null ? Action.interpretJpaSetting(jpa) : Action.interpretHbm2ddlSetting(settings.get("hibernate.hbm2ddl.auto"));
    }

    /**
     * The columns of that table, by lower-case name; none when the database has no such table. An unquoted name is
     * looked up as the database stores unquoted names, then as given and in the other case; a quoted one as given.
     */
    public static Map<String, ColumnInfo> columns(Connection connection, Name name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Set<String> candidates = new LinkedHashSet<>();
        if (!name.tableQuoted()) {
            candidates.add(storedCase(metaData, name.table()));
        }
        candidates.add(name.table());
        if (!name.tableQuoted()) {
            candidates.add(name.table().toUpperCase(Locale.ROOT));
            candidates.add(name.table().toLowerCase(Locale.ROOT));
        }
        return firstFound(connection, name, candidates, true);
    }

    /**
     * The columns of that name in the tables of that table's catalog and schema, by lower-case table name: one
     * metadata call for every table, as the database stores the unquoted name, else as given.
     */
    public static Map<String, ColumnInfo> columnsNamed(Connection connection, Name inSchemaOf, String column) throws SQLException {
        return firstFound(connection, inSchemaOf,
                new LinkedHashSet<>(List.of(storedCase(connection.getMetaData(), column), column)), false);
    }

    /**
     * The columns of the first candidate name the metadata knows in that catalog and schema: candidate table names,
     * each column by its lower-case name, or candidate column names, each table's by its lower-case name.
     */
    private static Map<String, ColumnInfo> firstFound(Connection connection, Name in, Set<String> candidates, boolean tables)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String catalog = in.catalog() == null ? connection.getCatalog() : in.catalog();
        String schema = schemaOf(connection, metaData, in);
        String matched = tables ? "TABLE_NAME" : "COLUMN_NAME";
        String key = tables ? "COLUMN_NAME" : "TABLE_NAME";
        Map<String, ColumnInfo> found = new LinkedHashMap<>();
        for (String candidate : candidates) {
            String pattern = pattern(metaData, candidate);
            try (ResultSet columns = metaData.getColumns(catalog, pattern(metaData, schema), tables ? pattern : null,
                    tables ? null : pattern)) {
                while (columns.next()) {
                    if (isIn(columns, catalog, schema) && columns.getString(matched).equals(candidate)) {
                        found.putIfAbsent(columns.getString(key).toLowerCase(Locale.ROOT), info(columns));
                    }
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }

    private static ColumnInfo info(ResultSet columns) throws SQLException {
        return new ColumnInfo(columns.getString("TYPE_NAME"), columns.getInt("DATA_TYPE"), columns.getInt("COLUMN_SIZE"),
                columns.getInt("DECIMAL_DIGITS"));
    }

    /** A row of that catalog and schema, where the database names them (a driver may leave either out). */
    private static boolean isIn(ResultSet columns, String catalog, String schema) throws SQLException {
        String rowCatalog = columns.getString("TABLE_CAT");
        String rowSchema = columns.getString("TABLE_SCHEM");
        return (catalog == null || rowCatalog == null || rowCatalog.equalsIgnoreCase(catalog))
                && (schema == null || rowSchema == null || rowSchema.equals(schema));
    }

    private static String schemaOf(Connection connection, DatabaseMetaData metaData, Name name) throws SQLException {
        if (name.schema() == null) {
            return connection.getSchema();
        }
        return name.schemaQuoted() ? name.schema() : storedCase(metaData, name.schema());
    }

    /** A name as a metadata search pattern that matches that name only: its wildcards escaped. */
    private static String pattern(DatabaseMetaData metaData, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = metaData.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String storedCase(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT)
                : metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
