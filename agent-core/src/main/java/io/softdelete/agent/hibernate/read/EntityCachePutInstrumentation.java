package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * Every entity Hibernate reads from a JDBC result is put into the second-level cache in
 * {@code EntityInitializerImpl.updateCaches}. A soft-deleted entity reached through a to-one association
 * (a join, eager or fetched, or an implicit path such as {@code select o.customer}) is read without the
 * live-row restriction, so the row may be a removed one, which a {@code find} of another session would then
 * hit: only the rows of reads that carry the restriction are put, query roots, loads by id and collection
 * elements, and the others are marked so that a change to them is not put either
 * ({@code RemovedRowUpdateInstrumentation}), and so that a lookup by id in the session checks the row before
 * it answers with it ({@link LoadEventAdvice}), whether the entity is cached or not. Live rows thus still get
 * into the cache, through {@code find}, queries, collections and the load by id of a lazy to-one.
 */
public final class EntityCachePutInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.sql.results.graph.entity.internal.EntityInitializerImpl";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("updateCaches", 5, getClass().getPackageName() + ".EntityCachePutAdvice")
                .skippingWhen("keepOutUnrestrictedRead", Arg.THIS, Arg.argument(0), Arg.argument(2));
    }
}
