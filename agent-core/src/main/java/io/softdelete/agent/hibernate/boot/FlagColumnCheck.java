package io.softdelete.agent.hibernate.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.softdelete.agent.EntitySettings;
import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.Strategy;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.tool.schema.Action;

import static io.softdelete.agent.hibernate.boot.SoftDeleteBootException.refusal;

/**
 * Before a unit whose tables Hibernate neither creates nor updates ({@code hbm2ddl} none or validate) serves a
 * session: each table that holds a soft-deleted entity's flag must have that column, of a type the flag can be read
 * and written as, or the unit refuses to boot, and the message gives the statements of the README's migration for the
 * unit's dialect. Types are compared as Hibernate's schema validation compares them. A table the database does not
 * list is not this check's to judge (Hibernate's validation, or the first statement, reports it), nor is a unit that
 * may not read the database's metadata at boot ({@code hibernate.boot.allow_jdbc_metadata_access=false}).
 */
final class FlagColumnCheck {
    private static final List<Action> TABLES_KEPT = List.of(Action.NONE, Action.VALIDATE);
    /** The setting that came before {@link JdbcSettings#ALLOW_METADATA_ON_BOOT}, which Hibernate still reads. */
    private static final String USE_JDBC_METADATA_DEFAULTS = "hibernate.temp.use_jdbc_metadata_defaults";

    /**
     * A table with a flag: how the unit's SQL names it, its schema ({@code null}: the connection's), name and flag
     * column as the database's metadata names them, the flag's mapping, and the settings of its entity.
     */
    private record FlagTable(String table, DatabaseTables.Name name, String column, SoftDeleteMapping flag,
                             EntitySettings settings) {

        /** {@code [catalog.][schema.]table}, each part perhaps quoted, the schema by default the unit's. */
        static FlagTable of(String table, String defaultSchema, SoftDeleteMapping flag, EntitySettings settings) {
            String[] parts = table.split("\\.");
            String last = parts[parts.length - 1];
            String schema = parts.length > 1 ? parts[parts.length - 2] : defaultSchema;
            String catalog = parts.length > 2 ? parts[parts.length - 3] : null;
            return new FlagTable(table, new DatabaseTables.Name(catalog == null ? null : unquoted(catalog),
                    schema == null ? null : unquoted(schema), schema != null && !schema.equals(unquoted(schema)), unquoted(last),
                    !last.equals(unquoted(last))), unquoted(flag.getColumnName()), flag, settings);
        }
    }

    private FlagColumnCheck() {
    }

    static void check(SessionFactoryImplementor factory) {
        if (!TABLES_KEPT.contains(DatabaseTables.schemaAction(factory.getProperties())) || !mayReadMetadata(factory.getProperties())) {
            return;
        }
        List<FlagTable> tables = flagTables(factory);
        if (tables.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<String> additions = new ArrayList<>();
        JdbcConnectionAccess access = factory.getJdbcServices().getBootstrapJdbcConnectionAccess();
        Connection connection;
        try {
            connection = access.obtainConnection();
        } catch (SQLException | RuntimeException e) {
            // Hibernate boots without a database too, and so does the unit: the check needs one, the mapping does not
            System.err.println(SoftDeleteAgent.PREFIX + "could not check that the flag columns are in the database: no"
                    + " connection at boot (" + e + ")");
            return;
        }
        try {
            try {
                // one metadata call per schema and flag column, whatever the number of tables; a table not in its
                // answer is looked up alone
                Map<List<Object>, Map<String, DatabaseTables.ColumnInfo>> flags = new HashMap<>();
                for (FlagTable table : tables) {
                    List<Object> key = Arrays.asList(table.name.catalog(), table.name.schema(), table.column);
                    Map<String, DatabaseTables.ColumnInfo> named = flags.get(key);
                    if (named == null) {
                        named = DatabaseTables.columnsNamed(connection, table.name, table.column);
                        flags.put(key, named);
                    }
                    check(factory, connection, table, named.get(table.name.table().toLowerCase(Locale.ROOT)), problems, additions);
                }
            } finally {
                access.releaseConnection(connection);
            }
        } catch (SQLException e) {
            System.err.println(SoftDeleteAgent.PREFIX + "could not check that the flag columns are in the database: " + e);
            return;
        }
        if (!problems.isEmpty()) {
            throw refusal("the persistence unit may not boot: " + String.join("; ", problems)
                    + (additions.isEmpty() ? "" : "; add the flag with: " + String.join("; ", additions)));
        }
        // an operator learns the database was looked at, and what that cost the boot
        System.err.println(SoftDeleteAgent.PREFIX + "the flag columns are in the database (" + tables.size() + " table"
                + (tables.size() == 1 ? "" : "s") + ", checked in " + (System.nanoTime() - start) / 1_000_000 + " ms)");
    }

    /**
     * Whether the unit may read the database's metadata at boot, as Hibernate decides it: a unit told not to may have
     * no database to read then.
     */
    private static boolean mayReadMetadata(Map<String, Object> settings) {
        Object allowed = settings.get(JdbcSettings.ALLOW_METADATA_ON_BOOT);
        if (allowed == null) {
            allowed = settings.get(USE_JDBC_METADATA_DEFAULTS);
        }
        String value = String.valueOf(allowed).trim();
        return !value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("disallow");
    }

    /**
     * The tables with a flag, once each: the root's of each hierarchy, and with TABLE_PER_CLASS the table of each
     * concrete class (Hibernate's own list of a union hierarchy's tables leaves the abstract ones out).
     */
    private static List<FlagTable> flagTables(SessionFactoryImplementor factory) {
        Map<String, FlagTable> tables = new LinkedHashMap<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            SoftDeleteMapping flag = persister.getSoftDeleteMapping();
            if (flag == null || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
                return;
            }
            String table = persister.getSoftDeleteTableDetails().getTableName();
            if (!isConcrete(persister, table)) {
                return;
            }
            tables.computeIfAbsent(table, ignored -> FlagTable.of(table, defaultSchema(factory), flag,
                    SoftDeleteEntities.boundSettings(persister.getRootEntityName())));
        });
        return new ArrayList<>(tables.values());
    }

    private static boolean isConcrete(EntityPersister persister, String table) {
        return !(persister instanceof UnionSubclassEntityPersister union)
                || Arrays.asList(union.getConstraintOrderedTableNameClosure()).contains(table);
    }

    /** The flag of that table, as the database's metadata for every table named it ({@code null}: not among them). */
    private static void check(SessionFactoryImplementor factory, Connection connection, FlagTable flagTable,
                              DatabaseTables.ColumnInfo named, List<String> problems, List<String> additions) throws SQLException {
        DatabaseTables.ColumnInfo present = named;
        if (present == null) {
            Map<String, DatabaseTables.ColumnInfo> columns = DatabaseTables.columns(connection, flagTable.name);
            if (columns.isEmpty()) {
                return;
            }
            present = columns.get(flagTable.column.toLowerCase(Locale.ROOT));
        }
        String column = flagTable.flag.getColumnName();
        Dialect dialect = factory.getJdbcServices().getDialect();
        String type = typeName(factory, flagTable.flag);
        String strategy = flagTable.settings.strategy().name().toLowerCase(Locale.ROOT);
        if (present == null) {
            problems.add("table " + flagTable.table + " has no column " + column + " for the flag (strategy " + strategy + ")");
            additions.add("alter table " + flagTable.table + " " + dialect.getAddColumnString() + " " + column + " " + type
                    + (flagTable.settings.strategy() == Strategy.TIMESTAMP ? ""
                            : " default " + dialect.toBooleanValueString(flagTable.settings.strategy() == Strategy.ACTIVE) + " not null")
                    + dialect.getAddColumnSuffixString());
        } else if (!fits(factory, flagTable.flag, type, present)) {
            problems.add("column " + column + " of table " + flagTable.table + " is " + present.typeName() + ", which the flag"
                    + " (strategy " + strategy + ") cannot be written as: it needs " + type + "; change its type, or give the"
                    + " agent a column of its own (option column)");
        }
    }

    /** The type Hibernate's DDL gives the flag's column on this dialect. */
    private static String typeName(SessionFactoryImplementor factory, SoftDeleteMapping flag) {
        int code = flag.getJdbcMapping().getJdbcType().getDdlTypeCode();
        Integer precision = flag.getTemporalPrecision() != null ? flag.getTemporalPrecision()
                : flag.getJdbcMapping().getJdbcType().isTemporal() ? Integer.valueOf(factory.getJdbcServices().getDialect()
                        .getDefaultTimestampPrecision()) : flag.getPrecision();
        return factory.getTypeConfiguration().getDdlTypeRegistry().getTypeName(code, flag.getLength(), precision, flag.getScale());
    }

    /**
     * As Hibernate's schema validation decides it: the same or an equivalent type code, the same type name, or a type
     * name the dialect reads as an equivalent type.
     */
    private static boolean fits(SessionFactoryImplementor factory, SoftDeleteMapping flag, String type, DatabaseTables.ColumnInfo present) {
        Dialect dialect = factory.getJdbcServices().getDialect();
        int expected = flag.getJdbcMapping().getJdbcType().getDdlTypeCode();
        int paren = type.indexOf('(');
        return dialect.equivalentTypes(expected, present.dataType())
                || (paren > 0 ? type.substring(0, paren).trim() : type).equalsIgnoreCase(present.typeName())
                || dialect.equivalentTypes(expected, dialect.resolveSqlTypeDescriptor(present.typeName(), present.dataType(),
                        present.size(), present.decimalDigits(), factory.getTypeConfiguration().getJdbcTypeRegistry()).getDefaultSqlTypeCode());
    }

    private static String defaultSchema(SessionFactoryImplementor factory) {
        var schema = factory.getSqlStringGenerationContext().getDefaultSchema();
        return schema == null ? null : schema.getText();
    }

    private static String unquoted(String name) {
        if (name.length() > 1 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
