package io.softdelete.agent.hibernate.write;

import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.mutation.RemoveCoordinator;
import org.hibernate.persister.collection.mutation.RemoveCoordinatorStandard;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.type.EntityType;

/**
 * Hibernate rewrites a collection of a live owner wholesale (a many-to-many bag on any change, a collection the
 * owner drops or replaces, a stateless update): it deletes all of the owner's rows, or nulls all foreign keys of a
 * one-to-many, then writes back the elements it sees. Removed elements are not seen, so their rows would go: a
 * restored element would no longer be in its owner's collection. This statement is Hibernate's own, restricted to
 * the rows of elements that are not removed.
 */
final class LiveElementRows {
    /** Per collection (weakly, by identity): the restricted statement, or {@code ""} where Hibernate's runs unchanged. */
    private static final Map<CollectionPersister, String> STATEMENTS = Collections.synchronizedMap(new WeakHashMap<>());

    private LiveElementRows() {
    }

    /** Whether the collection's rows belong to elements of a soft-deleted entity. */
    static boolean ofSoftDeletedElements(CollectionPersister collection) {
        return collection.getElementType() instanceof EntityType
                && SoftDeleteEntities.isSoftDeleted(((EntityType) collection.getElementType()).getAssociatedEntityName());
    }

    /**
     * Removes the owner's rows of live elements only, in place of Hibernate's statement; {@code false} when
     * Hibernate's must run as it is.
     */
    static boolean removeRowsOfLiveElements(CollectionPersister collection, Object key, SharedSessionContractImplementor session) {
        if (!ofSoftDeletedElements(collection)) {
            return false;
        }
        String sql = STATEMENTS.computeIfAbsent(collection, LiveElementRows::restrictedStatement);
        if (sql.isEmpty()) {
            return false;
        }
        var jdbc = session.getJdbcCoordinator();
        // what Hibernate batched before this statement is written before it
        jdbc.executeBatch();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            int[] position = {1};
            collection.getAttributeMapping().getKeyDescriptor().getKeyPart().breakDownJdbcValues(key,
                    (index, value, column) -> {
                        try {
                            column.getJdbcMapping().getJdbcValueBinder().bind(statement, value, position[0]++, session);
                        } catch (SQLException e) {
                            throw session.getJdbcServices().getSqlExceptionHelper()
                                    .convert(e, "could not bind the key of " + collection.getRole(), sql);
                        }
                    }, session);
            jdbc.getResultSetReturn().executeUpdate(statement, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
        return true;
    }

    private static String restrictedStatement(CollectionPersister collection) {
        if (!(collection instanceof AbstractCollectionPersister persister)
                || persister.getCollectionTableMapping().getDeleteDetails().getCustomSql() != null
                || !(removeCoordinator(persister) instanceof RemoveCoordinatorStandard coordinator)) {
            return "";
        }
        EntityPersister element = persister.getElementPersister();
        SoftDeleteMapping softDelete = element.getSoftDeleteMapping();
        if (softDelete == null || element instanceof UnionSubclassEntityPersister
                || !((EntityType) collection.getElementType()).isReferenceToPrimaryKey()) {
            return "";
        }
        String sql = coordinator.getSqlString();
        int keyColumns = collection.getAttributeMapping().getKeyDescriptor().getKeyPart().getJdbcTypeCount();
        if (sql.chars().filter(character -> character == '?').count() != keyColumns) {
            // a statement that binds more than the owner's key (a temporal table's) is not one this restricts
            return "";
        }
        if (collection.isOneToMany() && softDelete.getTableName().equals(persister.getTableName())) {
            return sql + " and " + flagged(softDelete, false);
        }
        String[] elementColumns = persister.getElementColumnNames();
        String[] idColumns = ((AbstractEntityPersister) element).getIdentifierColumnNames();
        if (elementColumns.length != idColumns.length || elementColumns.length != 1
                && !LineApi.current().supportsRowValuesInList(persister.getFactory().getJdbcServices().getDialect())) {
            return "";
        }
        return sql + " and " + row(elementColumns) + " not in (select " + String.join(",", idColumns)
                + " from " + softDelete.getTableName() + " where " + flagged(softDelete, true) + ")";
    }

    /** The predicate on the flag column that holds for removed rows, or for live ones. */
    private static String flagged(SoftDeleteMapping softDelete, boolean removed) {
        return LineApi.current().flagCondition(softDelete, removed);
    }

    private static String row(String[] columns) {
        return columns.length == 1 ? columns[0] : "(" + String.join(",", columns) + ")";
    }

    /** Hibernate keeps the coordinator to itself; its statement is what is restricted. */
    private static RemoveCoordinator removeCoordinator(AbstractCollectionPersister persister) {
        try {
            Method accessor = AbstractCollectionPersister.class.getDeclaredMethod("getRemoveCoordinator");
            accessor.setAccessible(true);
            return (RemoveCoordinator) accessor.invoke(persister);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Hibernate on the module path, say: its statement runs unchanged, as it does without the agent
            System.err.println(SoftDeleteAgent.PREFIX + "cannot narrow the statement that rewrites " + persister.getRole()
                    + " to live elements (" + e + "): links to removed elements go with the rewrite");
            return null;
        }
    }
}
