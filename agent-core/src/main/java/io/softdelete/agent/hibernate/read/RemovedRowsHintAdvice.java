package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.exec.spi.ExecutionContext;

public final class RemovedRowsHintAdvice {
    /** What {@link #beginTranslation} leaves for {@link #endTranslation}: the query is not hinted; no plan was. */
    private static final Object UNHINTED = new Object();
    private static final Object NONE = new Object();
    private static final ThreadLocal<Deque<Object>> TRANSLATIONS = ThreadLocal.withInitial(ArrayDeque::new);

    private RemovedRowsHintAdvice() {
    }

    public static void sessionProperty(SharedSessionContractImplementor session, String name, Object value) {
        if (RemovedRowsHint.NAME.equals(name)) {
            RemovedRowsHint.setOnSession(session, value);
        }
    }

    /** Returns whether the hint was applied: Hibernate's answer, or {@code true} for this one on a query it reads. */
    public static boolean queryHint(boolean applied, Object query, String name, Object value) {
        if (applied || !RemovedRowsHint.NAME.equals(name) || !(query instanceof DomainQueryExecutionContext selection)) {
            return applied;
        }
        RemovedRowsHint.setOnQuery(selection, value);
        return true;
    }

    /**
     * A hinted query's plan is its own: none is cached, and none is taken from the cache. Each execution of a query
     * asks for the key of its plan, first thing, with a callback of its own: the hint is noted under it.
     */
    public static Object uncachedWhenHinted(Object key, Object keySource) {
        return keySource instanceof DomainQueryExecutionContext query && RemovedRowsHint.ofExecution(query) != null
                ? null : key;
    }

    public static void beginTranslation(SqmSelectStatement<?> statement, DomainQueryExecutionContext query) {
        RemovedRowsHint.Mode mode = RemovedRowsHint.of(query);
        if (mode == null) {
            TRANSLATIONS.get().push(UNHINTED);
            return;
        }
        SoftDeleteMapping onlyRemoved = mode == RemovedRowsHint.Mode.ONLY ? rootMapping(statement, query) : null;
        Object previous = RestrictionSwitch.beginHinted(onlyRemoved);
        TRANSLATIONS.get().push(previous == null ? NONE : previous);
    }

    public static void endTranslation(Object translated) {
        failedTranslation();
    }

    public static void failedTranslation() {
        Object previous = TRANSLATIONS.get().pop();
        if (previous != UNHINTED) {
            RestrictionSwitch.endHinted(previous == NONE ? null : previous);
        }
    }

    /** The soft-delete mapping of the query's first root, whose restriction {@code only} turns around. */
    private static SoftDeleteMapping rootMapping(SqmSelectStatement<?> statement, DomainQueryExecutionContext query) {
        List<SqmRoot<?>> roots = statement.getQuerySpec().getRootList();
        String entityName = roots.isEmpty() ? null : roots.get(0).getEntityName();
        if (entityName == null || !SoftDeleteEntities.isSoftDeleted(entityName)) {
            throw new IllegalArgumentException("soft-delete-agent: the hint " + RemovedRowsHint.NAME + "=only reads removed"
                    + " rows of a soft-deleted entity, and " + (entityName == null ? "this query's first root" : entityName)
                    + " is not one: use include");
        }
        return query.getSession().getFactory().getMappingMetamodel().getEntityDescriptor(entityName).getSoftDeleteMapping();
    }

    /**
     * A hinted session initializes a collection of soft-deleted entities with a loader built without the live-row
     * restriction, unless a removal is cascading through that collection: that takes live rows only, as it would
     * without the hint.
     */
    public static CollectionLoader unfilteredWhenHinted(CollectionLoader chosen, AbstractCollectionPersister persister,
                                                        SharedSessionContractImplementor session) {
        if (RemovedRowsHint.of(session) == null || RemovalJournal.inRemoval() || !persister.getElementType().isEntityType()
                || !SoftDeleteEntities.isSoftDeleted(persister.getElementPersister().getEntityName())) {
            return chosen;
        }
        return UnfilteredLoaders.forHintedCollection(persister, session);
    }

    /** What a hinted read loads into a collection is not put into the second-level cache. */
    public static void beginCollectionLoad(ExecutionContext read) {
        RemovedRowLoads.beginWithoutCachePutsIf(RemovedRowsHint.of(read) != null, read.getSession());
    }

    public static void endCollectionLoad() {
        RemovedRowLoads.endWithoutCachePuts();
    }
}
