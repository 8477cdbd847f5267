package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * With common table expressions, a bulk mutation of a multi-table entity is one select whose expressions do the
 * work, a soft delete's flagging update among them: it runs as a query, not through the mutation executor. Before
 * it, the removal journal records the rows that update will flag
 * ({@link io.softdelete.agent.hibernate.journal.BulkRemovals}). The select's type is named otherwise before 7.2.
 */
public final class CteBulkRemovalJournalInstrumentation implements TypeInstrumentation {
    private static final String LIST_TAIL = "Lorg/hibernate/sql/exec/spi/JdbcParameterBindings;"
            + "Lorg/hibernate/sql/exec/spi/ExecutionContext;Lorg/hibernate/sql/results/spi/RowTransformer;Ljava/lang/Class;"
            + "Lorg/hibernate/sql/results/spi/ListResultsConsumer$UniqueSemantic;I)Ljava/util/List;";

    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.cte.AbstractCteMutationHandler";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String select = hooks.canSee(HibernateLines.SINCE_7_2) ? "Lorg/hibernate/sql/exec/spi/JdbcSelect;"
                : "Lorg/hibernate/sql/exec/spi/JdbcOperationQuerySelect;";
        hooks.replaceCalls("org.hibernate.sql.exec.spi.JdbcSelectExecutor", "list", "(" + select + LIST_TAIL,
                getClass().getPackageName() + ".CteBulkRemovalJournalAdvice", "listJournaled");
    }
}
