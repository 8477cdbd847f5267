package io.softdelete.agent.hibernate.read;

import java.util.ArrayDeque;
import java.util.Deque;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.persister.entity.EntityPersister;

public final class EnhancedEntityAdvice {
    /** Per initialization in progress on this thread, innermost first: the navigation state to restore. */
    private static final ThreadLocal<Deque<Boolean>> NAVIGATION = ThreadLocal.withInitial(ArrayDeque::new);
    /** Per lazy-attribute plan being built on this thread, innermost first: the restriction switch to restore. */
    private static final ThreadLocal<Deque<Object>> SWITCHES = ThreadLocal.withInitial(ArrayDeque::new);
    /** Stands for a switch that was off: a deque holds no null. */
    private static final Object OFF = new Object();
    /** Stands for a plan of an entity that is not soft-deleted: nothing to restore. */
    private static final Object UNTOUCHED = new Object();

    private EnhancedEntityAdvice() {
    }

    public static void beginInitialization(EntityPersister persister, Object entity) {
        boolean navigation = SoftDeleteEntities.isSoftDeleted(persister.getEntityName()) && !Navigation.isReference(
                persister.getBytecodeEnhancementMetadata().extractLazyInterceptor(entity));
        NAVIGATION.get().push(Navigation.begin(navigation));
    }

    public static void endInitialization(Object value) {
        endInitialization();
    }

    public static void endInitialization() {
        Navigation.restore(NAVIGATION.get().pop());
    }

    public static void beginLazyAttributePlan(EntityPersister persister) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            SWITCHES.get().push(UNTOUCHED);
            return;
        }
        Object previous = RestrictionSwitch.beginWithoutRootRestriction(persister.getSoftDeleteMapping());
        SWITCHES.get().push(previous == null ? OFF : previous);
    }

    public static void endLazyAttributePlan(Object plan) {
        endLazyAttributePlan();
    }

    public static void endLazyAttributePlan() {
        Object previous = SWITCHES.get().pop();
        if (previous != UNTOUCHED) {
            RestrictionSwitch.end(previous == OFF ? null : previous);
        }
    }
}
