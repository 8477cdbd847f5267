package io.softdelete.agent.hibernate.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.DatabaseCascades;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.hibernate.query.QueryFlushMode;

public final class DatabaseCascadeAdvice {
    /** The rows whose cascade is being applied on this thread: a cycle of foreign keys ends there. */
    private static final ThreadLocal<Set<EntityKey>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);
    /** Per persistence context (weakly, by identity): the rows removed by a cascade of the database's. */
    private static final Map<PersistenceContext, Set<EntityKey>> REMOVED = Collections.synchronizedMap(new WeakHashMap<>());

    private DatabaseCascadeAdvice() {
    }

    /** Returns {@code true}, which skips the removal, for a row a cascade of the database's removed already. */
    public static boolean removedByCascade(DeleteCoordinator coordinator, Object id, SharedSessionContractImplementor session) {
        if (!DatabaseCascades.any()) {
            return false;
        }
        EntityMappingType removed = removedEntity(coordinator);
        if (removed == null) {
            return false;
        }
        synchronized (REMOVED) {
            Set<EntityKey> keys = REMOVED.get(session.getPersistenceContextInternal());
            return keys != null && keys.contains(session.generateEntityKey(id, removed.getEntityPersister()));
        }
    }

    public static void removeCascadedRows(DeleteCoordinator coordinator, Object id, SharedSessionContractImplementor session) {
        EntityMappingType removed = DatabaseCascades.any() ? removedEntity(coordinator) : null;
        List<DatabaseCascades.Reach> reaches = removed == null ? List.of() : DatabaseCascades.from(removed.getEntityName());
        if (reaches.isEmpty()) {
            return;
        }
        EntityKey key = session.generateEntityKey(id, removed.getEntityPersister());
        if (!IN_PROGRESS.get().add(key)) {
            return;
        }
        try {
            for (DatabaseCascades.Reach reach : reaches) {
                // what the database holds now, within this flush: as the database would see it at the DELETE
                List<Object[]> rows = session.createSelectionQuery(reach.query(), Object[].class)
                        .setParameter("id", id)
                        .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                        .getResultList();
                for (Object[] row : rows) {
                    EntityPersister child = persisterOf(session, reach, row);
                    child.getDeleteCoordinator().delete(null, row[0], null, session);
                    synchronized (REMOVED) {
                        REMOVED.computeIfAbsent(session.getPersistenceContextInternal(), ignored -> new HashSet<>())
                                .add(session.generateEntityKey(row[0], child));
                    }
                }
            }
        } finally {
            IN_PROGRESS.get().remove(key);
        }
    }

    /**
     * A bulk delete flags the rows it matches without knowing which: it cannot remove what the database would
     * have deleted with them. It is refused, before anything is written; {@code remove} does it right.
     */
    static void refuseBulkDelete(EntityMappingType entity) {
        if (DatabaseCascades.any() && !DatabaseCascades.from(entity.getEntityName()).isEmpty()) {
            List<String> children = new ArrayList<>();
            for (DatabaseCascades.Reach reach : DatabaseCascades.from(entity.getEntityName())) {
                children.add(reach.childEntity());
            }
            String message = SoftDeleteAgent.PREFIX + "a bulk delete of " + entity.getEntityName() + " would leave live the rows of "
                    + String.join(", ", children) + " that the database deletes with it (@OnDelete(CASCADE)); remove them with"
                    + " remove(), which flags them too";
            System.err.println(message);
            throw new HibernateException(message);
        }
    }

    private static EntityMappingType removedEntity(DeleteCoordinator coordinator) {
        return coordinator.getStaticMutationOperationGroup().getMutationTarget() instanceof EntityMutationTarget target
                ? target.getTargetPart() : null;
    }

    private static EntityPersister persisterOf(SharedSessionContractImplementor session, DatabaseCascades.Reach reach, Object[] row) {
        var metamodel = session.getFactory().getMappingMetamodel();
        return row.length > 1 && row[1] instanceof Class<?> type
                ? metamodel.getEntityDescriptor(type) : metamodel.getEntityDescriptor(reach.childEntity());
    }
}
