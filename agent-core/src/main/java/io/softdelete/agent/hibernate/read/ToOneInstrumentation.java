package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * A to-one association is navigation, not a query: from a live row it resolves to its target even when
 * the target is soft-deleted, lazy or eager, as it would with a foreign key that never let a dangling
 * reference exist. Within {@code ToOneAttributeMapping}, and only there, a soft-deleted target therefore
 * looks like an ordinary entity: Hibernate neither rejects LAZY, nor forces EAGER or a join, nor restricts
 * the join it fetches through (which would load {@code null} and then write the foreign key as NULL).
 * <p>
 * The join of an explicit query {@code join} (see {@link ExplicitJoinInstrumentation}) gets the restriction
 * back, from {@link ExplicitToOneJoinAdvice}.
 */
public final class ToOneInstrumentation implements TypeInstrumentation {
    private static final String ENTITY_MAPPING_TYPE = "org.hibernate.metamodel.mapping.EntityMappingType";

    @Override
    public String typeName() {
        return "org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String here = getClass().getPackageName();
        hooks.replaceCalls(ENTITY_MAPPING_TYPE, "getSoftDeleteMapping", "()Lorg/hibernate/metamodel/mapping/SoftDeleteMapping;",
                here + ".ToOneSoftDeleteView", "softDeleteMapping");
        // Hibernate 7.4 reaches the same mapping through its state-management abstraction
        if (hooks.canSee(HibernateLines.SINCE_7_4)) {
            hooks.replaceCalls(ENTITY_MAPPING_TYPE, "getAuxiliaryMapping", "()Lorg/hibernate/metamodel/mapping/AuxiliaryMapping;",
                    here + ".ToOneAuxiliaryView", "auxiliaryMapping");
        }
        hooks.method("createTableGroupJoin", 8, here + ".ExplicitToOneJoinAdvice")
                .atExit("restrictExplicitJoin", Arg.THIS, Arg.argument(0), Arg.argument(5), Arg.argument(7));
    }
}
