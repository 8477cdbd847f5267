package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.InitializeCollectionEvent;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.query.sqm.tree.domain.SqmCteRoot;
import org.hibernate.query.sqm.tree.domain.SqmDerivedRoot;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.select.SqmQuerySpec;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.results.graph.collection.LoadingCollectionEntry;
import org.hibernate.type.EntityType;

public final class RemovedRowsHintAdvice {
    /** What an advice leaves for its exit when there is nothing to undo. */
    private static final Object UNHINTED = new Object();
    private static final Object NONE = new Object();
    /** Per select plan being built on this thread, innermost first: the hinted conversion it asks for, if any. */
    private static final ThreadLocal<Deque<Object>> TRANSLATIONS = ThreadLocal.withInitial(ArrayDeque::new);
    /** Per SQM conversion running on this thread, innermost first: what ending it restores. */
    private static final ThreadLocal<Deque<Object>> CONVERSIONS = ThreadLocal.withInitial(ArrayDeque::new);
    /** The hint of the query whose plan key is being made on this thread. */
    private static final ThreadLocal<RemovedRowsHint.Mode> KEYED = new ThreadLocal<>();
    /** Starts the fetch-profile name that marks a hinted plan's key: no name given in a mapping starts with NUL. */
    private static final String PLAN_KEY_MARK = "\0" + RemovedRowsHint.NAME + "=";

    /** A hinted plan's conversion to come: the mapping whose root restriction {@code only} turns around, if any. */
    private static final class Pending {
        private final SoftDeleteMapping onlyRemoved;
        private boolean begun;

        private Pending(SoftDeleteMapping onlyRemoved) {
            this.onlyRemoved = onlyRemoved;
        }
    }

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
     * A hinted query's plan is cached under a key of its own, which no query without the hint (or with the other
     * value) shares: the key is being made for this query, and the mode goes into its fetch profiles.
     */
    public static void beginPlanKey(Object keySource) {
        if (RemovedRowsHint.anySet() && keySource instanceof DomainQueryExecutionContext query) {
            RemovedRowsHint.Mode mode = RemovedRowsHint.of(query);
            if (mode != null) {
                KEYED.set(mode);
            }
        }
    }

    public static void endPlanKey(Object key) {
        failedPlanKey();
    }

    public static void failedPlanKey() {
        if (RemovedRowsHint.anySet()) {
            KEYED.remove();
        }
    }

    /**
     * The fetch profiles a plan's key is compared by: Hibernate's own copy of the enabled ones (null for none), and
     * for a hinted query a name no fetch profile can have, giving the mode.
     */
    public static Collection<String> planKeyProfiles(Set<String> enabled) {
        Collection<String> copy = enabled == null || enabled.isEmpty() ? null : Set.copyOf(enabled);
        RemovedRowsHint.Mode mode = RemovedRowsHint.anySet() ? KEYED.get() : null;
        if (mode == null) {
            return copy;
        }
        Set<String> marked = copy == null ? new HashSet<>() : new HashSet<>(copy);
        marked.add(PLAN_KEY_MARK + mode);
        return Set.copyOf(marked);
    }

    /** Hibernate gives each execution of a query a callback of its own, the first thing it does. */
    public static void executionBegins(DomainQueryExecutionContext query) {
        RemovedRowsHint.executionBegins(query);
    }

    /**
     * A select plan is built: for a hinted query, its conversion from SQM to SQL is to switch the live-row
     * restrictions. Only the conversion: what the plan builds around it (the JDBC parameter bindings, which may
     * load an entity a parameter names) is built as without the hint.
     */
    public static void beginTranslation(SqmSelectStatement<?> statement, DomainQueryExecutionContext query) {
        RemovedRowsHint.Mode mode = RemovedRowsHint.of(query);
        TRANSLATIONS.get().push(mode == null ? UNHINTED
                : new Pending(mode == RemovedRowsHint.Mode.ONLY ? rootMapping(statement, query) : null));
    }

    public static void endTranslation(Object translated) {
        failedTranslation();
    }

    public static void failedTranslation() {
        TRANSLATIONS.get().pop();
    }

    /** The first conversion of a hinted plan, which is the plan's own. */
    public static void beginConversion() {
        Object pending = TRANSLATIONS.get().peek();
        if (!(pending instanceof Pending hinted) || hinted.begun) {
            CONVERSIONS.get().push(UNHINTED);
            return;
        }
        hinted.begun = true;
        Object previous = RestrictionSwitch.beginHinted(hinted.onlyRemoved);
        CONVERSIONS.get().push(previous == null ? NONE : previous);
    }

    public static void endConversion(Object converted) {
        failedConversion();
    }

    public static void failedConversion() {
        Object previous = CONVERSIONS.get().pop();
        if (previous != UNHINTED) {
            RestrictionSwitch.endHinted(previous == NONE ? null : previous);
        }
    }

    /** The soft-delete mapping of the query's first root, whose restriction {@code only} turns around. */
    private static SoftDeleteMapping rootMapping(SqmSelectStatement<?> statement, DomainQueryExecutionContext query) {
        String entityName = firstRootEntity(statement.getQuerySpec());
        if (entityName == null || !SoftDeleteEntities.isSoftDeleted(entityName)) {
            throw new IllegalArgumentException("soft-delete-agent: the hint " + RemovedRowsHint.NAME + "=only reads removed"
                    + " rows of a soft-deleted entity, and " + (entityName == null ? "this query's first root" : entityName)
                    + " is not one: use include");
        }
        return query.getSession().getFactory().getMappingMetamodel().getEntityDescriptor(entityName).getSoftDeleteMapping();
    }

    /** The entity of the first root; through a derived root (a count of a distinct or grouped query), of its query's. */
    private static String firstRootEntity(SqmQuerySpec<?> spec) {
        List<SqmRoot<?>> roots = spec.getRootList();
        if (roots.isEmpty() || roots.get(0) instanceof SqmCteRoot<?>) {
            return null;
        }
        return roots.get(0) instanceof SqmDerivedRoot<?> derived ? firstRootEntity(derived.getQueryPart().getQuerySpec())
                : roots.get(0).getEntityName();
    }

    /**
     * A hinted session initializes a collection of soft-deleted entities with a loader built without the live-row
     * restriction, unless a removal is cascading through that collection: that takes live rows only, as it would
     * without the hint.
     */
    public static CollectionLoader unfilteredWhenHinted(CollectionLoader chosen, AbstractCollectionPersister persister,
                                                        SharedSessionContractImplementor session) {
        if (RemovedRowsHint.of(session) == null || RemovalJournal.inRemoval() || !holdsSoftDeleted(persister)) {
            return chosen;
        }
        return UnfilteredLoaders.forHintedCollection(persister, session);
    }

    private static boolean holdsSoftDeleted(CollectionPersister persister) {
        return persister.getElementType() instanceof EntityType element
                && SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityName());
    }

    /**
     * What a hinted read loads into a collection is not put into the second-level cache, and the session may not write
     * that collection.
     */
    public static void beginCollectionLoad(LoadingCollectionEntry loading, ExecutionContext read) {
        boolean hinted = RemovedRowsHint.of(read) != null;
        if (hinted && holdsSoftDeleted(loading.getCollectionDescriptor())) {
            RemovedRowsHint.collectionRead(read.getSession(), loading.getCollectionInstance());
        }
        RemovedRowLoads.beginWithoutCachePutsIf(hinted, read.getSession());
    }

    /** A hinted session initializes a collection from the database: the second-level cache holds its live rows only. */
    public static void beginCollectionInitialization(InitializeCollectionEvent event) {
        RemovedRowLoads.beginWithoutCacheIf(RemovedRowsHint.of(event.getSession()) != null, event.getSession());
    }

    public static void endCollectionInitialization() {
        RemovedRowLoads.endWithoutCachePuts();
    }

    public static void refuseCollectionWrite(PersistentCollection<?> collection, SharedSessionContractImplementor session) {
        RemovedRowsHint.refuseWrite(session, collection);
    }

    public static void endCollectionLoad() {
        RemovedRowLoads.endWithoutCachePuts();
    }
}
