package io.softdelete.agent.hibernate.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBinder;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * The rows a bulk {@code delete} flags, for the removal journal. Hibernate turns the bulk delete of a soft-deleted
 * entity into an {@code update <table> set <flag>=... where <the delete's restriction and the live rows>} (behind a
 * {@code with} clause where its strategy for multi-table entities uses one); just before it runs, the same
 * restriction selects the ids of the rows it will flag, locking them where the dialect can, in the same transaction,
 * and each is journaled as the bulk removal's: in one {@code insert ... select} where the database and the id allow
 * (see {@link RemovalJournal#insertsSelected}), otherwise read and written in one batch. Each such statement is one removal. A statement of that shape the
 * agent cannot take apart is refused before it writes, rather than flag rows the journal would not know of.
 */
public final class BulkRemovals {
    /** Per unit: the soft-deleted table a flagging update names, with the entity whose rows it holds. */
    private static final Map<SessionFactoryImplementor, Map<String, EntityPersister>> TABLES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private BulkRemovals() {
    }

    /** Before a bulk mutation runs: journals the rows it will flag, if it is a soft bulk delete of a journaled unit. */
    public static void beforeMutation(JdbcOperationQueryMutation mutation, JdbcParameterBindings bindings, ExecutionContext context) {
        beforeStatement(mutation, bindings, context, true);
    }

    /**
     * Before the select that runs the common table expressions of a bulk mutation (Hibernate's strategy for
     * multi-table entities on databases that have them), which has flushed the session already.
     */
    public static void beforeCommonTableExpressions(JdbcOperation select, JdbcParameterBindings bindings,
                                                    ExecutionContext context) {
        beforeStatement(select, bindings, context, false);
    }

    private static void beforeStatement(JdbcOperation mutation, JdbcParameterBindings bindings, ExecutionContext context,
                                        boolean flush) {
        SharedSessionContractImplementor session = context.getSession();
        RemovalJournal journal = RemovalJournal.of(session.getFactory());
        if (journal == null) {
            return;
        }
        String sql = mutation.getSqlString();
        Flagging flagging = Flagging.find(sql, tablesOf(session.getFactory()));
        if (flagging == null) {
            return;
        }
        if (flush) {
            // the rows the session removed and has not flushed are flagged by the flush first, each as its own removal
            session.autoFlushIfRequired(((JdbcOperationQueryMutation) mutation).getAffectedTableNames());
        }
        AbstractEntityPersister persister = (AbstractEntityPersister) flagging.persister;
        String idColumn = flagging.qualifier + persister.getIdentifierColumnNames()[0];
        String fromWhere = " from " + flagging.tableAndAlias + " where " + flagging.where
                + session.getJdbcServices().getDialect().getForUpdateString();
        // the parameters of the expressions before the update, then those of its restriction: the statement's first
        int used = flagging.parametersBefore + Flagging.count(flagging.where);
        RemovalJournal.Parameters restriction = (statement, offset) -> {
            List<JdbcParameterBinder> binders = mutation.getParameterBinders();
            for (int position = 1; position <= used; position++) {
                binders.get(position - 1).bindParameterValue(statement, offset + position, bindings, context);
            }
        };
        if (flagging.prefix.isEmpty() && journal.insertsSelected(session, persister)) {
            journal.writeBulkSelected(session, persister.getEntityName(), idColumn, fromWhere, restriction);
            return;
        }
        String select = flagging.prefix + "select " + idColumn + fromWhere;
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement(select)) {
            restriction.bind(statement, 0);
            var id = persister.getIdentifierMapping().getJdbcMapping(0);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(RemovalJournal.idText(persister, id.convertToDomainValue(id.getJdbcValueExtractor().extract(rows, 1, session))));
                }
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e,
                    SoftDeleteAgent.PREFIX + "could not read which rows a bulk delete of " + persister.getEntityName() + " flags",
                    select);
        }
        journal.writeBulk(session, persister.getEntityName(), ids);
    }

    private static Map<String, EntityPersister> tablesOf(SessionFactoryImplementor factory) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(factory, ignored -> {
                Map<String, EntityPersister> tables = new HashMap<>();
                factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
                    if (SoftDeleteEntities.isSoftDeleted(persister.getEntityName()) && persister.getSoftDeleteMapping() != null) {
                        String table = ((AbstractEntityPersister) persister).getIdentifierTableMapping().getTableName();
                        // a hierarchy sharing one table is journaled under the entity that owns the table
                        EntityPersister known = tables.get(table);
                        if (known == null || persister.isSubclassEntityName(known.getEntityName())) {
                            tables.put(table, persister);
                        }
                    }
                });
                return tables;
            });
        }
    }

    /**
     * The parts of a flagging update: what must precede its select (the common table expressions it reads), its
     * table, the qualifier of its columns, its restriction, and how many parameters come before the restriction.
     */
    private record Flagging(String prefix, EntityPersister persister, String tableAndAlias, String qualifier, String where,
                            int parametersBefore) {

        /** The flagging update in that statement, {@code null} if there is none. */
        static Flagging find(String sql, Map<String, EntityPersister> tables) {
            for (Map.Entry<String, EntityPersister> table : tables.entrySet()) {
                String update = "update " + table.getKey() + " ";
                for (int at = sql.indexOf(update); at >= 0; at = sql.indexOf(update, at + 1)) {
                    if (at == 0 || sql.charAt(at - 1) == '(' || sql.charAt(at - 1) == ' ') {
                        Flagging flagging = parse(sql, at, table.getKey(), table.getValue());
                        if (flagging != null) {
                            return flagging;
                        }
                    }
                }
            }
            return null;
        }

        private static Flagging parse(String sql, int update, String table, EntityPersister persister) {
            int tableEnd = update + "update ".length() + table.length();
            int set = sql.indexOf(" set ", tableEnd);
            if (set < 0) {
                return null;
            }
            String alias = sql.substring(tableEnd, set).strip();
            String qualifier = alias.isEmpty() ? "" : alias + ".";
            String flag = persister.getSoftDeleteMapping().getSelectionExpression();
            int assignment = set + " set ".length();
            if (!sql.startsWith(flag + "=", assignment) && !sql.startsWith(qualifier + flag + "=", assignment)) {
                // an update of live rows: not a removal
                return null;
            }
            int where = sql.indexOf(" where ", assignment);
            String prefix = prefixOf(sql, update);
            int end = update > 0 && sql.charAt(update - 1) == '(' ? endOfInner(sql, update) : sql.length();
            if (where < 0 || prefix == null || end < 0 || where > end || sql.substring(assignment, where).contains("?")
                    || sql.substring(assignment, where).contains(",")) {
                throw new HibernateException(SoftDeleteAgent.PREFIX + "cannot tell which rows this bulk delete of "
                        + persister.getEntityName() + " flags, so the removal journal could not record them; nothing was"
                        + " written. Statement: " + sql);
            }
            return new Flagging(prefix, persister, sql.substring(update + "update ".length(), set).strip(), qualifier,
                    sql.substring(where + " where ".length(), end), count(prefix));
        }

        /**
         * What the select must start with: nothing for a plain update; for an update inside a common table expression
         * ({@code with a (...) as (...), b (id) as (update ...) ...}), the expressions before its own.
         */
        private static String prefixOf(String sql, int update) {
            if (update == 0) {
                return "";
            }
            if (sql.charAt(update - 1) != '(' || !sql.startsWith("with ") || !sql.startsWith(" as (", update - 5)) {
                return null;
            }
            int columnsEnd = update - 6;
            if (sql.charAt(columnsEnd) != ')') {
                return null;
            }
            int columnsStart = sql.lastIndexOf('(', columnsEnd);
            int nameStart = Math.max(sql.lastIndexOf(',', columnsStart), sql.lastIndexOf(' ', columnsStart - 2));
            if (columnsStart < 0 || nameStart < 0) {
                return null;
            }
            return sql.charAt(nameStart) == ',' ? sql.substring(0, nameStart) + " " : nameStart == "with".length() ? "" : null;
        }

        /** Where the update inside a common table expression ends: before its {@code returning}, or its parenthesis. */
        private static int endOfInner(String sql, int update) {
            int depth = 1;
            for (int i = update; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    int returning = sql.lastIndexOf(" returning ", i);
                    return returning > update ? returning : i;
                }
            }
            return -1;
        }

        private static int count(String text) {
            int parameters = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '?') {
                    parameters++;
                }
            }
            return parameters;
        }
    }
}
