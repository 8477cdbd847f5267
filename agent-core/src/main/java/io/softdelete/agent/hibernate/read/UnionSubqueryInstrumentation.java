package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.bootstrap.Arg;
import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

/**
 * A TABLE_PER_CLASS query that needs only some tables of a hierarchy (a join to a subclass, {@code type()},
 * {@code treat}) reads a union subquery Hibernate prunes to those tables and to the columns
 * {@code collectSelectableOwners} collects from each concrete type: the identifier, the version and the
 * attributes, not the soft-delete column, which the live-row restriction on that subquery then reads. Each
 * concrete type of a soft-deleted hierarchy adds its flag column to what it collects. The method takes one
 * parameter up to Hibernate 7.3 and two from 7.4, the first being the same.
 */
public final class UnionSubqueryInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.persister.entity.UnionSubclassEntityPersister";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.method("collectSelectableOwners", -1, "java.util.LinkedHashMap", getClass().getPackageName() + ".UnionSubqueryAdvice")
                .atExit("selectSoftDeleteColumn", Arg.THIS, Arg.argument(0));
    }
}
