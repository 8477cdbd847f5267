package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where every query takes a hint ({@code setHint}, a named query's hints, Spring Data's {@code @QueryHints}): the
 * {@link RemovedRowsHint} of that query. Hibernate answers {@code false} for a hint it does not know, and logs it as
 * ignored; this one it then knows.
 */
public final class QueryHintInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.spi.AbstractCommonQueryContract";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("applyHint", 2, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .replacingReturn("queryHint", Arg.THIS, Arg.argument(0), Arg.argument(1));
    }
}
