package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;


/**
 * A to-one association is navigation, not a query: from a live row it resolves to its target even when
 * the target is soft-deleted, lazy or eager, as it would with a foreign key that never let a dangling
 * reference exist. Within {@code ToOneAttributeMapping}, and only there, a soft-deleted target therefore
 * looks like an ordinary entity: Hibernate neither rejects LAZY, nor forces EAGER or a join, nor restricts
 * the join it fetches through (which would load {@code null} and then write the foreign key as NULL).
 * Explicit query joins get their restriction back from {@link ExplicitJoinInstrumentation}.
 */
public final class ToOneInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String views = getClass().getPackageName();
        hooks.replaceCalls("getSoftDeleteMapping", "()Lorg/hibernate/metamodel/mapping/SoftDeleteMapping;",
                views + ".ToOneSoftDeleteView", "softDeleteMapping");
        // Hibernate 7.4 reaches the same mapping through its state-management abstraction
        if (hooks.canSee("org.hibernate.metamodel.mapping.AuxiliaryMapping")) {
            hooks.replaceCalls("getAuxiliaryMapping", "()Lorg/hibernate/metamodel/mapping/AuxiliaryMapping;",
                    views + ".ToOneAuxiliaryView", "auxiliaryMapping");
        }
    }
}
