package io.softdelete.agent.hibernate.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

import io.softdelete.agent.AgentConfig;
import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.boot.SoftDeleteBootException;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.BasicType;

/**
 * The removal journal of one persistence unit (option {@code journal}): one row per row a removal flags, written
 * through the removing session's connection right after the flag, so that the transaction keeps or takes back
 * both. A removal is what one operation removes: one {@code remove} with everything it cascades to (Hibernate's
 * cascades, the database's {@code ON DELETE CASCADE} the agent applies), an orphan with its own cascade, one
 * stateless delete. Each row names the row its removal came down from, so that a removal can be restored
 * whole or from any of its rows down, and nothing another removal flagged.
 * <p>
 * Hibernate decides what a {@code remove} takes when it is called, and flags the rows at the flush: the removal
 * is opened there ({@link #beginRemoval}, nested calls being its cascade), and the row it will flag remembered
 * per persistence context until its coordinator has written the flag ({@link #rowFlagged}).
 */
public final class RemovalJournal {
    public static final String REMOVE = "remove";
    public static final String CASCADE = "cascade";
    public static final String ORPHAN = "orphan";
    public static final String STATELESS = "stateless";
    public static final String BULK = "bulk";

    private static final Map<SessionFactoryImplementor, RemovalJournal> JOURNALS = Collections.synchronizedMap(new WeakHashMap<>());
    /** Per persistence context (weakly, by identity): the rows a removal will flag, until their flag is written. */
    private static final Map<Object, Map<EntityKey, Pending>> PENDING = Collections.synchronizedMap(new WeakHashMap<>());
    /** The removals being decided on this thread, innermost first. */
    private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);
    /** How deep this thread is in Hibernate's removal of orphans. */
    private static final ThreadLocal<int[]> ORPHANS = ThreadLocal.withInitial(() -> new int[1]);
    /** The journal rows of the flush running on this thread, written in one batch when it has executed its actions. */
    private static final ThreadLocal<Flush> FLUSH = ThreadLocal.withInitial(Flush::new);
    /** Stands for a removal of a unit without a journal, so that every begin has its end. */
    private static final Frame UNJOURNALED = new Frame(null, null, null, null);

    private final JournalTable table;
    private final Removers.Remover remover;
    private final String insert;
    private final JdbcMapping instant;

    /** One removal: its id, when, by whom. */
    record Removal(String id, Instant at, String by) {
    }

    /** A row one removal will flag: how it came to, and from which row. */
    record Pending(Removal removal, String origin, String parentEntity, String parentId) {
    }

    private record Frame(SharedSessionContractImplementor session, Removal removal, String entityName, String id) {
    }

    /** A row flagged in a flush, its journal row not written yet. */
    private record Unwritten(RemovalJournal journal, SharedSessionContractImplementor session, Pending pending,
                             String entityName, String id) {
    }

    private static final class Flush {
        int depth;
        final List<Unwritten> rows = new ArrayList<>();
    }

    private RemovalJournal(JournalTable table, Removers.Remover remover, SessionFactoryImplementor factory) {
        this.table = table;
        this.remover = remover;
        this.insert = "insert into " + table.sqlName() + " (" + String.join(", ", JournalTable.REMOVAL_ID,
                JournalTable.ENTITY_NAME, JournalTable.ROW_ID, JournalTable.PARENT_ENTITY, JournalTable.PARENT_ID,
                JournalTable.ORIGIN, JournalTable.REMOVED_AT, JournalTable.REMOVED_BY) + ") values (?, ?, ?, ?, ?, ?, ?, ?)";
        this.instant = factory.getTypeConfiguration().getBasicTypeForJavaType(Instant.class);
    }

    /**
     * Once the unit's persisters exist, before its schema is exported: where the options ask for a journal, the
     * table is made ready or the unit refused, and so is one whose soft-deleted entities the journal cannot name.
     */
    public static void install(SessionFactoryImplementor factory, ClassLoader applicationLoader) {
        AgentConfig config = SoftDeleteAgent.config();
        if (config.journalTable() == null) {
            return;
        }
        List<String> composite = new ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            if (SoftDeleteEntities.isSoftDeleted(persister.getEntityName()) && !(persister.getIdentifierType() instanceof BasicType)) {
                composite.add(persister.getEntityName());
            }
        });
        if (!composite.isEmpty()) {
            throw SoftDeleteBootException.refusal("the persistence unit may not boot: the removal journal (option journal) names"
                    + " each row by its id, and " + String.join(", ", composite) + " has a composite id; remove option journal,"
                    + " or leave such entities out of option entities");
        }
        Removers.Remover remover = Removers.of(config.removedBy(), applicationLoader);
        JOURNALS.put(factory, new RemovalJournal(JournalTable.prepare(config.journalTable(), factory), remover, factory));
    }

    /** The journal of the unit, {@code null} when it has none. */
    public static RemovalJournal of(SessionFactoryImplementor factory) {
        return JOURNALS.isEmpty() ? null : JOURNALS.get(factory);
    }

    public JournalTable table() {
        return table;
    }

    /** Who is removing or restoring on this thread, {@code null} for nobody. */
    String currentRemover() {
        return remover.current();
    }

    /**
     * A removal decided in a session: nested in another of that session on this thread, it is that one's cascade;
     * otherwise it opens a removal of its own, an orphan's when Hibernate is removing orphans.
     */
    public static void beginRemoval(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
        RemovalJournal journal = of(session.getFactory());
        if (journal == null) {
            FRAMES.get().push(UNJOURNALED);
            return;
        }
        Frame outer = FRAMES.get().peek();
        String idText = idText(persister, id);
        Pending pending = outer != null && outer.session == session
                ? new Pending(outer.removal, CASCADE, outer.entityName, outer.id)
                : new Pending(journal.newRemoval(), ORPHANS.get()[0] > 0 ? ORPHAN : REMOVE, null, null);
        FRAMES.get().push(new Frame(session, pending.removal, persister.getEntityName(), idText));
        remember(session, persister, id, pending);
    }

    /** A stateless delete: a removal of its own. */
    public static void beginStatelessDelete(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
        RemovalJournal journal = of(session.getFactory());
        if (journal == null) {
            FRAMES.get().push(UNJOURNALED);
            return;
        }
        Pending pending = new Pending(journal.newRemoval(), STATELESS, null, null);
        FRAMES.get().push(new Frame(session, pending.removal, persister.getEntityName(), idText(persister, id)));
        remember(session, persister, id, pending);
    }

    /** Whether a removal is being decided on this thread, cascades included. */
    public static boolean inRemoval() {
        return !FRAMES.get().isEmpty();
    }

    public static void endRemoval() {
        FRAMES.get().pop();
    }

    public static void beginOrphans() {
        ORPHANS.get()[0]++;
    }

    public static void endOrphans() {
        ORPHANS.get()[0]--;
    }

    /** A row the database would have deleted with its parent, which the agent removes: part of the parent's removal. */
    public static void cascadingFromDatabase(SharedSessionContractImplementor session, EntityPersister parent, Object parentId,
                                             EntityPersister child, Object childId) {
        if (of(session.getFactory()) == null) {
            return;
        }
        Pending parentRemoval = pendingOf(session, parent, parentId, false);
        if (parentRemoval != null) {
            remember(session, child, childId,
                    new Pending(parentRemoval.removal, CASCADE, parent.getEntityName(), idText(parent, parentId)));
        }
    }

    /** The coordinator of a soft-deleted entity has flagged the row: its journal row goes with it. */
    public static void rowFlagged(EntityPersister persister, Object id, SharedSessionContractImplementor session) {
        RemovalJournal journal = of(session.getFactory());
        if (journal == null || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        Pending pending = pendingOf(session, persister, id, true);
        if (pending == null) {
            pending = new Pending(journal.newRemoval(), REMOVE, null, null);
        }
        Flush flush = FLUSH.get();
        if (flush.depth > 0) {
            flush.rows.add(new Unwritten(journal, session, pending, persister.getEntityName(), idText(persister, id)));
        } else {
            journal.write(session, List.of(new Unwritten(journal, session, pending, persister.getEntityName(),
                    idText(persister, id))));
        }
    }

    /** A flush executes its actions: the rows it flags are journaled together, once it has (one round trip). */
    public static void beginFlushActions() {
        FLUSH.get().depth++;
    }

    public static void endFlushActions() {
        Flush flush = FLUSH.get();
        if (--flush.depth > 0 || flush.rows.isEmpty()) {
            return;
        }
        // by session: a session another opens on this thread while flushing writes through its own connection
        Map<SharedSessionContractImplementor, List<Unwritten>> bySession = new IdentityHashMap<>();
        for (Unwritten row : flush.rows) {
            bySession.computeIfAbsent(row.session, ignored -> new ArrayList<>()).add(row);
        }
        flush.rows.clear();
        for (List<Unwritten> rows : bySession.values()) {
            rows.get(0).journal.write(rows.get(0).session, rows);
        }
    }

    /** A flush that failed: its transaction cannot commit, and what it flagged goes back with it. */
    public static void failedFlushActions() {
        Flush flush = FLUSH.get();
        if (--flush.depth == 0) {
            flush.rows.clear();
        }
    }

    /** The rows one bulk delete statement is about to flag: one removal, written in one JDBC batch. */
    void writeBulk(SharedSessionContractImplementor session, String entityName, List<String> ids) {
        if (!ids.isEmpty()) {
            Pending pending = new Pending(newRemoval(), BULK, null, null);
            List<Unwritten> rows = new ArrayList<>();
            for (String id : ids) {
                rows.add(new Unwritten(this, session, pending, entityName, id));
            }
            write(session, rows);
        }
    }

    /** Binds the parameters of a statement's part, those before it taking the first {@code offset} positions. */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement statement, int offset) throws SQLException;
    }

    /**
     * Whether the journal rows of a bulk delete of that entity can be written by one {@code insert ... select} of the
     * rows it will flag: on the databases it is tested on, which lock the rows it selects for update and take an
     * integer into the journal's text column as its digits, for integer ids that no converter changes (a string id's
     * column may pad it, and that text would not be the id's).
     */
    boolean insertsSelected(SharedSessionContractImplementor session, EntityPersister persister) {
        Dialect dialect = session.getJdbcServices().getDialect();
        if (!(dialect instanceof H2Dialect || dialect instanceof PostgreSQLDialect)
                || persister.getIdentifierMapping().getJdbcTypeCount() != 1) {
            return false;
        }
        JdbcMapping id = persister.getIdentifierMapping().getJdbcMapping(0);
        Class<?> type = id.getJavaTypeDescriptor().getJavaTypeClass();
        int column = id.getJdbcType().getDefaultSqlTypeCode();
        return id.getValueConverter() == null && (type == Long.class || type == Integer.class || type == Short.class)
                && (column == Types.BIGINT || column == Types.INTEGER || column == Types.SMALLINT);
    }

    /**
     * The journal rows of one bulk delete, one removal, written by one statement from the rows that the delete's
     * restriction selects, each by its integer id: {@code id} is the id column, {@code fromWhere} its {@code from}
     * and {@code where}, the id read as a {@code bigint} whatever the column's scale, so that its text is its digits.
     */
    void writeBulkSelected(SharedSessionContractImplementor session, String entityName, String id, String fromWhere,
                           Parameters restriction) {
        String sql = "insert into " + table.sqlName() + " (" + String.join(", ", JournalTable.REMOVAL_ID,
                JournalTable.ENTITY_NAME, JournalTable.ORIGIN, JournalTable.REMOVED_AT, JournalTable.REMOVED_BY,
                JournalTable.ROW_ID) + ") select ?, ?, ?, ?, ?, cast(" + id + " as bigint)" + fromWhere;
        Removal removal = newRemoval();
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, removal.id);
            statement.setString(2, entityName);
            statement.setString(3, BULK);
            instant.getJdbcValueBinder().bind(statement, removal.at, 4, session);
            setNullable(statement, 5, removal.by);
            restriction.bind(statement, 5);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, SoftDeleteAgent.PREFIX
                    + "could not write the removal journal for a bulk delete of " + entityName, sql);
        }
    }

    private Removal newRemoval() {
        return new Removal(UUID.randomUUID().toString(), Instant.now(), remover.current());
    }

    private static void remember(SharedSessionContractImplementor session, EntityPersister persister, Object id, Pending pending) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        synchronized (PENDING) {
            PENDING.computeIfAbsent(session.getPersistenceContextInternal(), ignored -> new HashMap<>())
                    .put(session.generateEntityKey(id, persister), pending);
        }
    }

    private static Pending pendingOf(SharedSessionContractImplementor session, EntityPersister persister, Object id, boolean take) {
        synchronized (PENDING) {
            Map<EntityKey, Pending> rows = PENDING.get(session.getPersistenceContextInternal());
            if (rows == null) {
                return null;
            }
            EntityKey key = session.generateEntityKey(id, persister);
            return take ? rows.remove(key) : rows.get(key);
        }
    }

    /** The journal rows, through the session's connection: one statement, in one batch when there are several. */
    private void write(SharedSessionContractImplementor session, List<Unwritten> rows) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Unwritten row : rows) {
                statement.setString(1, row.pending.removal.id);
                statement.setString(2, row.entityName);
                statement.setString(3, row.id);
                setNullable(statement, 4, row.pending.parentEntity);
                setNullable(statement, 5, row.pending.parentId);
                statement.setString(6, row.pending.origin);
                instant.getJdbcValueBinder().bind(statement, row.pending.removal.at, 7, session);
                setNullable(statement, 8, row.pending.removal.by);
                if (rows.size() == 1) {
                    statement.executeUpdate();
                } else {
                    statement.addBatch();
                }
            }
            if (rows.size() > 1) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, SoftDeleteAgent.PREFIX
                    + "could not write the removal journal for " + rows.get(0).entityName + "#" + rows.get(0).id
                    + (rows.size() > 1 ? " and " + (rows.size() - 1) + " more rows" : ""), insert);
        }
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The journal names a row by its id's text, as the id's own type writes and reads it. */
    @SuppressWarnings("unchecked")
    static String idText(EntityPersister persister, Object id) {
        return ((BasicType<Object>) persister.getIdentifierType()).getJavaTypeDescriptor().toString(id);
    }

    static Object idOf(EntityPersister persister, String text) {
        return ((BasicType<?>) persister.getIdentifierType()).getJavaTypeDescriptor().fromString(text);
    }
}
