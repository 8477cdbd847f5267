package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where a collection read from JDBC results is finished and put into the second-level cache: a collection a hinted
 * read loads ({@link RemovedRowsHint}) may hold removed rows, which a collection of another session would then
 * answer with; it is not put. And the session may not write it ({@link HintedCollectionWriteInstrumentation}).
 */
public final class CollectionCachePutInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.sql.results.internal.LoadingCollectionEntryImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("finishLoading", 1, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("beginCollectionLoad", Arg.THIS, Arg.argument(0))
                .atExit("endCollectionLoad")
                .onThrow("endCollectionLoad");
    }
}
