package io.softdelete.agent.hibernate;

import java.util.List;

import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.boot.EntityBinderInstrumentation;
import io.softdelete.agent.hibernate.boot.HbmMetadataSourceProcessorInstrumentation;
import io.softdelete.agent.hibernate.boot.QuotedIndicator66Instrumentation;
import io.softdelete.agent.hibernate.boot.QuotedIndicatorInstrumentation;
import io.softdelete.agent.hibernate.boot.SessionFactoryCreatedInstrumentation;
import io.softdelete.agent.hibernate.boot.SessionFactoryInstrumentation;
import io.softdelete.agent.hibernate.read.AnyJoinInstrumentation;
import io.softdelete.agent.hibernate.read.CollectionCachePutInstrumentation;
import io.softdelete.agent.hibernate.read.CollectionInitializationInstrumentation;
import io.softdelete.agent.hibernate.read.CollectionJoinTypeInstrumentation;
import io.softdelete.agent.hibernate.read.CollectionLoaderChoiceInstrumentation;
import io.softdelete.agent.hibernate.read.EnhancedEntityInstrumentation;
import io.softdelete.agent.hibernate.read.EntityCachePutInstrumentation;
import io.softdelete.agent.hibernate.read.ExplicitJoinInstrumentation;
import io.softdelete.agent.hibernate.read.HintedCollectionWriteInstrumentation;
import io.softdelete.agent.hibernate.read.HintedConversionInstrumentation;
import io.softdelete.agent.hibernate.read.HintedTranslationInstrumentation;
import io.softdelete.agent.hibernate.read.LoadEventInstrumentation;
import io.softdelete.agent.hibernate.read.LoaderChoiceInstrumentation;
import io.softdelete.agent.hibernate.read.QueryExecutionInstrumentation;
import io.softdelete.agent.hibernate.read.QueryHintInstrumentation;
import io.softdelete.agent.hibernate.read.QueryPlanCacheInstrumentation;
import io.softdelete.agent.hibernate.read.QuerySpecInstrumentation;
import io.softdelete.agent.hibernate.read.Restriction66Instrumentation;
import io.softdelete.agent.hibernate.read.RestrictionInstrumentation;
import io.softdelete.agent.hibernate.read.SessionPropertyInstrumentation;
import io.softdelete.agent.hibernate.read.ToOneInstrumentation;
import io.softdelete.agent.hibernate.read.UnionSubqueryInstrumentation;
import io.softdelete.agent.hibernate.write.BulkCleanupCacheInstrumentation;
import io.softdelete.agent.hibernate.write.BulkDeleteInstrumentation;
import io.softdelete.agent.hibernate.write.BulkRemovalJournalInstrumentation;
import io.softdelete.agent.hibernate.write.CollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.CteBulkDeleteCollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.CteBulkRemovalJournalInstrumentation;
import io.softdelete.agent.hibernate.write.DeleteCoordinatorInstrumentation;
import io.softdelete.agent.hibernate.write.DeleteEntityInstrumentation;
import io.softdelete.agent.hibernate.write.EmptiedCollectionInstrumentation;
import io.softdelete.agent.hibernate.write.FlushActionsInstrumentation;
import io.softdelete.agent.hibernate.write.InlineDeleteCollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.OrphanRemovalInstrumentation;
import io.softdelete.agent.hibernate.write.PhysicalDeleteGuardInstrumentation;
import io.softdelete.agent.hibernate.write.RemovalCacheInstrumentation;
import io.softdelete.agent.hibernate.write.RemovedElementKeyInstrumentation;
import io.softdelete.agent.hibernate.write.RemovedElementKeyTablePerClassInstrumentation;
import io.softdelete.agent.hibernate.write.RemovedRowUpdateInstrumentation;
import io.softdelete.agent.hibernate.write.StatelessDeleteInstrumentation;
import io.softdelete.agent.hibernate.write.UnversionedRemovalInstrumentation;

/**
 * Every Hibernate class the agent hooks. Loaded at start-up by the agent's class loader, so nothing here
 * refers to a Hibernate type.
 */
public final class Instrumentations {
    private Instrumentations() {
    }

    public static List<TypeInstrumentation> all() {
        return List.of(
                new EntityBinderInstrumentation(),
                new HbmMetadataSourceProcessorInstrumentation(),
                new SessionFactoryInstrumentation(),
                new SessionFactoryCreatedInstrumentation(),
                new QuotedIndicatorInstrumentation(),
                new QuotedIndicator66Instrumentation(),
                new CollectionRowsInstrumentation(),
                new RemovedElementKeyInstrumentation(),
                new RemovedElementKeyTablePerClassInstrumentation(),
                new EmptiedCollectionInstrumentation(),
                new BulkDeleteInstrumentation(),
                new BulkRemovalJournalInstrumentation(),
                new CteBulkRemovalJournalInstrumentation(),
                new CteBulkDeleteCollectionRowsInstrumentation(),
                new InlineDeleteCollectionRowsInstrumentation(),
                new StatelessDeleteInstrumentation(),
                new PhysicalDeleteGuardInstrumentation(),
                new UnversionedRemovalInstrumentation(),
                new DeleteCoordinatorInstrumentation(),
                new DeleteEntityInstrumentation(),
                new OrphanRemovalInstrumentation(),
                new FlushActionsInstrumentation(),
                new RemovalCacheInstrumentation(),
                new BulkCleanupCacheInstrumentation(),
                new RemovedRowUpdateInstrumentation(),
                new ToOneInstrumentation(),
                new AnyJoinInstrumentation(),
                new ExplicitJoinInstrumentation(),
                new CollectionJoinTypeInstrumentation(),
                new QuerySpecInstrumentation(),
                new LoadEventInstrumentation(),
                new LoaderChoiceInstrumentation(),
                new EnhancedEntityInstrumentation(),
                new RestrictionInstrumentation(),
                new Restriction66Instrumentation(),
                new EntityCachePutInstrumentation(),
                new UnionSubqueryInstrumentation(),
                new SessionPropertyInstrumentation(),
                new QueryHintInstrumentation(),
                new QueryPlanCacheInstrumentation(),
                new HintedTranslationInstrumentation(),
                new CollectionLoaderChoiceInstrumentation(),
                new CollectionCachePutInstrumentation(),
                new CollectionInitializationInstrumentation(),
                new HintedCollectionWriteInstrumentation(),
                new QueryExecutionInstrumentation(),
                new HintedConversionInstrumentation());
    }
}
