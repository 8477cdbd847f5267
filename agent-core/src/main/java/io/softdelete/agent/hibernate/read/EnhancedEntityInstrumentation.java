package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Bytecode-enhanced entities load outside the load event in two places:
 * <ul>
 * <li>An enhanced entity can stand in for itself as the proxy of a lazy to-one: its first use loads it in
 * {@code initializeEnhancedEntityUsedAsProxy}. The advice marks that load as navigation, as
 * {@link LoadEventInstrumentation} marks a proxy's, unless {@code getReference} handed the entity out (a lookup by
 * id, which does not see a removed row).</li>
 * <li>Its lazy attributes are read by id with plans that {@code createLazyLoanPlan} builds: reading the rest of a
 * row the session holds is not a query, and the row may be a removed one that navigation led to, so those plans
 * are built without the live-row restriction.</li>
 * </ul>
 */
public final class EnhancedEntityInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.AbstractEntityPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        String advice = getClass().getPackageName() + ".EnhancedEntityAdvice";
        hooks.method("initializeEnhancedEntityUsedAsProxy", 3, advice)
                .atEntry("beginInitialization", Arg.THIS, Arg.argument(0))
                .atExit("endInitialization")
                .onThrow("endInitialization");
        hooks.method("createLazyLoanPlan", 1, advice)
                .atEntry("beginLazyAttributePlan", Arg.THIS)
                .atExit("endLazyAttributePlan")
                .onThrow("endLazyAttributePlan");
    }
}
