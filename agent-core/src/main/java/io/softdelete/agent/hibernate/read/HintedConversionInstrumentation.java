package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where a query is converted from SQM to SQL, the live-row restrictions included: for the plan of a hinted query
 * ({@link HintedTranslationInstrumentation}), with them switched while the conversion runs, and only then.
 */
public final class HintedConversionInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.sql.BaseSqmToSqlAstConverter";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("translate", 0, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("beginConversion")
                .atExit("endConversion")
                .onThrow("failedConversion");
    }
}
