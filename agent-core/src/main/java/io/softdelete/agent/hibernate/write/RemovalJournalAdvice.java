package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.hibernate.journal.BulkRemovals;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.AbstractDeleteCoordinator;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

public final class RemovalJournalAdvice {
    private RemovalJournalAdvice() {
    }

    public static void beginRemoval(EventSource session, EntityEntry entry, EntityPersister persister) {
        RemovalJournal.beginRemoval(session, persister, entry.getId());
    }

    public static void beginStatelessDelete(SharedSessionContractImplementor session, String entityName, Object entity) {
        EntityPersister persister = session.getEntityPersister(entityName, entity);
        RemovalJournal.beginStatelessDelete(session, persister, persister.getIdentifier(entity, session));
    }

    public static void endRemoval() {
        RemovalJournal.endRemoval();
    }

    public static void beforeBulkMutation(JdbcOperationQueryMutation mutation, JdbcParameterBindings bindings,
                                          ExecutionContext context) {
        BulkRemovals.beforeMutation(mutation, bindings, context);
    }

    public static void beginFlushActions() {
        RemovalJournal.beginFlushActions();
    }

    public static void endFlushActions() {
        RemovalJournal.endFlushActions();
    }

    public static void failedFlushActions() {
        RemovalJournal.failedFlushActions();
    }

    public static void beginOrphans() {
        RemovalJournal.beginOrphans();
    }

    public static void endOrphans() {
        RemovalJournal.endOrphans();
    }

    public static void rowFlagged(AbstractDeleteCoordinator coordinator, Object id, SharedSessionContractImplementor session) {
        if (coordinator.getStaticMutationOperationGroup().getMutationTarget() instanceof EntityMutationTarget target) {
            RemovalJournal.rowFlagged(target.getTargetPart().getEntityPersister(), id, session);
        }
    }
}
