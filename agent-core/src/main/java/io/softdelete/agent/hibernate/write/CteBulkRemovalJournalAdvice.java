package io.softdelete.agent.hibernate.write;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

import io.softdelete.agent.hibernate.journal.BulkRemovals;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.sql.exec.spi.JdbcSelectExecutor;

public final class CteBulkRemovalJournalAdvice {
    /** {@code JdbcSelectExecutor.list} with seven parameters, whose first is typed otherwise before 7.2. */
    private static final MethodHandle LIST = list();

    private CteBulkRemovalJournalAdvice() {
    }

    /** Stands in for {@code executor.list(select, ...)} in {@code AbstractCteMutationHandler.execute}. */
    public static List<?> listJournaled(JdbcSelectExecutor executor, Object select, JdbcParameterBindings bindings,
                                        ExecutionContext context, Object rowTransformer, Class<?> domainResultType,
                                        Object uniqueSemantic, int resultCountEstimate) throws Throwable {
        BulkRemovals.beforeCommonTableExpressions((JdbcOperation) select, bindings, context);
        return (List<?>) LIST.invoke(executor, select, bindings, context, rowTransformer, domainResultType, uniqueSemantic,
                resultCountEstimate);
    }

    private static MethodHandle list() {
        for (Method method : JdbcSelectExecutor.class.getMethods()) {
            if (method.getName().equals("list") && method.getParameterCount() == 7
                    && method.getParameterTypes()[6] == int.class && method.getParameterTypes()[4] == Class.class) {
                try {
                    return MethodHandles.publicLookup().unreflect(method).asType(
                            MethodType.methodType(List.class, JdbcSelectExecutor.class, Object.class,
                                    JdbcParameterBindings.class, ExecutionContext.class, Object.class, Class.class,
                                    Object.class, int.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("soft-delete-agent: JdbcSelectExecutor has no list method of seven parameters");
    }
}
