package io.softdelete.agent.hibernate.write;

import java.util.ArrayDeque;
import java.util.Deque;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.OptimisticLockStyle;
import org.hibernate.persister.entity.EntityPersister;

public final class UnversionedRemovalAdvice {
    /** Per statement being built on this thread, innermost first: whether it may check the version. */
    private static final ThreadLocal<Deque<Boolean>> APPLY_VERSION = ThreadLocal.withInitial(ArrayDeque::new);

    private UnversionedRemovalAdvice() {
    }

    public static void beginOperationGroup(boolean applyVersion) {
        APPLY_VERSION.get().push(applyVersion);
    }

    public static void endOperationGroup(Object builtGroup) {
        endOperationGroup();
    }

    public static void endOperationGroup() {
        APPLY_VERSION.get().pop();
    }

    /** Stands in for {@code persister.optimisticLockStyle()} inside {@code DeleteCoordinatorSoft}. */
    public static OptimisticLockStyle optimisticLockStyle(EntityPersister persister) {
        Boolean applyVersion = APPLY_VERSION.get().peek();
        return applyVersion == Boolean.FALSE && SoftDeleteEntities.isSoftDeleted(persister.getEntityName())
                ? OptimisticLockStyle.NONE : persister.optimisticLockStyle();
    }
}
