package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;
import io.softdelete.agent.hibernate.HibernateLines;

/**
 * Where a select query (HQL, JPQL, criteria, named, a count) is translated into SQL, each time its plan is built:
 * for a query that reads removed rows ({@link RemovedRowsHint}), the live-row restrictions are switched while its
 * conversion to SQL runs ({@link HintedConversionInstrumentation}, {@link RestrictionSwitch}). Only that: the flush a
 * query may run first, and what the plan builds around the conversion, build nothing under the hint.
 */
public final class HintedTranslationInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.internal.ConcreteSqmSelectQueryPlan";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        boolean since7 = hooks.canSee(HibernateLines.SINCE_7);
        hooks.method(since7 ? "buildInterpretation" : "buildCacheableSqmInterpretation", since7 ? 4 : 3,
                        getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("beginTranslation", Arg.argument(0), Arg.argument(2))
                .atExit("endTranslation")
                .onThrow("failedTranslation");
    }
}
