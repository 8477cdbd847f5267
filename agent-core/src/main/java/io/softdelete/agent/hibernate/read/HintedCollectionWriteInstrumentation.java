package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Where a flush schedules the write of a changed collection: one that a hinted read loaded
 * ({@link RemovedRowsHint}) holds removed elements, whose link rows Hibernate would write again (it rewrites a
 * changed bag whole); the flush is refused, and nothing of it is written.
 */
public final class HintedCollectionWriteInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.action.internal.CollectionUpdateAction";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("<init>", 5, getClass().getPackageName() + ".RemovedRowsHintAdvice")
                .atEntry("refuseCollectionWrite", Arg.argument(0), Arg.argument(4));
    }
}
