package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * Hibernate removes an entity it has not loaded (say {@code remove(getReference(id))}) by id alone, without a
 * version check: it asks the delete coordinator for a statement without one. {@code DeleteCoordinatorSoft}
 * ignores that request and always restricts on the version, which is then never bound, so the removal fails.
 * While it builds such a statement for a soft-deleted entity, it sees no optimistic locking, as the physical
 * delete it stands in for would not.
 */
public final class UnversionedRemovalInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.mutation.DeleteCoordinatorSoft";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".UnversionedRemovalAdvice";
        hooks.method("generateOperationGroup", 4, advice)
                .atEntry("beginOperationGroup", Arg.argument(2))
                .atExit("endOperationGroup")
                .onThrow("endOperationGroup");
        // 6.6 asks the abstract persister, 7.x the interface
        hooks.replaceCalls(hooks.canSee(HibernateLines.SINCE_7) ? "org.hibernate.persister.entity.EntityPersister"
                        : "org.hibernate.persister.entity.AbstractEntityPersister", "optimisticLockStyle",
                "()Lorg/hibernate/engine/OptimisticLockStyle;", advice, "optimisticLockStyle");
    }
}
