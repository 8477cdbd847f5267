package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.bootstrap.Hooks;
import io.softdelete.agent.bootstrap.TypeInstrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Before a bulk {@code delete} (soft or not), Hibernate deletes the matching rows of the entity's join and
 * collection tables. For a soft-deleted entity those rows stay, as they do on {@code remove}.
 */
public final class BulkDeleteCollectionRowsInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "org.hibernate.query.sqm.mutation.internal.SqmMutationStrategyHelper";
    }

    @Override
    public void declareHooks(Hooks hooks) {
        hooks.advice(named("visitCollectionTableDeletes").and(isStatic()).and(takesArguments(5))
                        .and(takesArgument(0, named("org.hibernate.metamodel.mapping.EntityMappingType"))),
                getClass().getPackageName() + ".KeepBulkCollectionRowsAdvice");
    }
}
