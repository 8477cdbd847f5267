package io.softdelete.agent.hibernate;

import java.util.List;

import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.boot.EntityBinderInstrumentation;
import io.softdelete.agent.hibernate.boot.SessionFactoryCreatedInstrumentation;
import io.softdelete.agent.hibernate.boot.SessionFactoryInstrumentation;
import io.softdelete.agent.hibernate.read.CollectionJoinTypeInstrumentation;
import io.softdelete.agent.hibernate.read.ExplicitJoinInstrumentation;
import io.softdelete.agent.hibernate.read.LoadEventInstrumentation;
import io.softdelete.agent.hibernate.read.LoaderChoiceInstrumentation;
import io.softdelete.agent.hibernate.read.QuerySpecInstrumentation;
import io.softdelete.agent.hibernate.read.RestrictionInstrumentation;
import io.softdelete.agent.hibernate.read.ToOneInstrumentation;
import io.softdelete.agent.hibernate.write.BulkDeleteCollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.CollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.CteBulkDeleteCollectionRowsInstrumentation;
import io.softdelete.agent.hibernate.write.PhysicalDeleteGuardInstrumentation;
import io.softdelete.agent.hibernate.write.StatelessDeleteInstrumentation;

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
                new SessionFactoryInstrumentation(),
                new SessionFactoryCreatedInstrumentation(),
                new CollectionRowsInstrumentation(),
                new BulkDeleteCollectionRowsInstrumentation(),
                new CteBulkDeleteCollectionRowsInstrumentation(),
                new StatelessDeleteInstrumentation(),
                new PhysicalDeleteGuardInstrumentation(),
                new ToOneInstrumentation(),
                new ExplicitJoinInstrumentation(),
                new CollectionJoinTypeInstrumentation(),
                new QuerySpecInstrumentation(),
                new LoadEventInstrumentation(),
                new LoaderChoiceInstrumentation(),
                new RestrictionInstrumentation());
    }
}
