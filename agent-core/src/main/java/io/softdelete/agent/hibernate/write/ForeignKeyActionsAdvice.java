package io.softdelete.agent.hibernate.write;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.ForeignKeyActions;
import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;

public final class ForeignKeyActionsAdvice {
    /** The SQL state of a foreign key violation, as the database reports it. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** The rows whose cascade is being applied on this thread: a cycle of foreign keys ends there. */
    private static final ThreadLocal<Set<EntityKey>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);
    /** Per persistence context (weakly, by identity): the rows removed by a cascade of the database's. */
    private static final Map<PersistenceContext, Set<EntityKey>> REMOVED = Collections.synchronizedMap(new WeakHashMap<>());

    private ForeignKeyActionsAdvice() {
    }

    /** Returns {@code true}, which skips the removal, for a row a cascade of the database's removed already. */
    public static boolean removedByCascade(DeleteCoordinator coordinator, Object id, SharedSessionContractImplementor session) {
        if (!ForeignKeyActions.any()) {
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

    /** As the database would at the DELETE: first what cascades, then what refuses. */
    public static void applyForeignKeyActions(DeleteCoordinator coordinator, Object id, SharedSessionContractImplementor session) {
        EntityMappingType removed = ForeignKeyActions.any() ? removedEntity(coordinator) : null;
        if (removed == null) {
            return;
        }
        ForeignKeyActions.Actions actions = ForeignKeyActions.of(removed.getEntityName());
        if (!actions.cascades().isEmpty()) {
            removeCascadedRows(removed, actions.cascades(), id, session);
        }
        for (ForeignKeyActions.Reach restriction : actions.restrictions()) {
            refuseIfReferenced(removed, restriction, id, session);
        }
    }

    private static void removeCascadedRows(EntityMappingType removed, List<ForeignKeyActions.Reach> cascades, Object id,
                                           SharedSessionContractImplementor session) {
        EntityKey key = session.generateEntityKey(id, removed.getEntityPersister());
        if (!IN_PROGRESS.get().add(key)) {
            return;
        }
        try {
            for (ForeignKeyActions.Reach cascade : cascades) {
                for (Object[] row : rowsReferencing(cascade, id, session)) {
                    EntityPersister child = persisterOf(session, cascade, row);
                    RemovalJournal.cascadingFromDatabase(session, removed.getEntityPersister(), id, child, row[0]);
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

    /** A live row that references it, and that the session is not removing in this flush too, refuses the removal. */
    private static void refuseIfReferenced(EntityMappingType removed, ForeignKeyActions.Reach restriction, Object id,
                                           SharedSessionContractImplementor session) {
        EntityPersister referencing = session.getFactory().getMappingMetamodel().getEntityDescriptor(restriction.childEntity());
        PersistenceContext persistenceContext = session.getPersistenceContextInternal();
        for (Object[] row : rowsReferencing(restriction, id, session)) {
            Object instance = persistenceContext.getEntity(session.generateEntityKey(row[0], referencing));
            EntityEntry entry = instance == null ? null : persistenceContext.getEntry(instance);
            if (entry == null || !entry.getStatus().isDeletedOrGone()) {
                String message = SoftDeleteAgent.PREFIX + "cannot remove " + removed.getEntityName() + "#" + id + ": a live "
                        + restriction.childEntity() + "#" + row[0] + " references it through " + restriction.association()
                        + (restriction.constraint() == null ? "" : " (foreign key " + restriction.constraint() + ")")
                        + ", and option referencedRemoval is refuse";
                throw LineApi.current().foreignKeyViolation(message,
                        new SQLIntegrityConstraintViolationException(message, FOREIGN_KEY_VIOLATION), restriction.constraint());
            }
        }
    }

    /** What the database holds now, within this flush: as the database would see it at the DELETE. */
    private static List<Object[]> rowsReferencing(ForeignKeyActions.Reach reach, Object id, SharedSessionContractImplementor session) {
        return LineApi.current().withoutFlush(session.createSelectionQuery(reach.query(), Object[].class)
                .setParameter("id", id), session)
                .getResultList();
    }

    /**
     * A bulk delete flags the rows it matches without knowing which: it cannot remove what the database would
     * have deleted with them. It is refused, before anything is written; {@code remove} does it right.
     */
    static void refuseBulkDelete(EntityMappingType entity) {
        List<ForeignKeyActions.Reach> cascades = ForeignKeyActions.any() ? ForeignKeyActions.of(entity.getEntityName()).cascades()
                : List.of();
        if (!cascades.isEmpty()) {
            List<String> children = new ArrayList<>();
            for (ForeignKeyActions.Reach cascade : cascades) {
                children.add(cascade.childEntity());
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

    private static EntityPersister persisterOf(SharedSessionContractImplementor session, ForeignKeyActions.Reach reach, Object[] row) {
        var metamodel = session.getFactory().getMappingMetamodel();
        return row.length > 1 && row[1] instanceof Class<?> type
                ? metamodel.getEntityDescriptor(type) : metamodel.getEntityDescriptor(reach.childEntity());
    }
}
