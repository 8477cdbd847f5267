package io.softdelete.agent.hibernate.boot;

import java.util.ArrayDeque;
import java.util.Deque;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.SoftDeletable;
import org.hibernate.metamodel.mapping.internal.MappingModelCreationProcess;

public final class QuotedIndicatorAdvice {
    /** Per soft-delete mapping being built on this thread, innermost first: the flag column's name as SQL writes it. */
    private static final ThreadLocal<Deque<String>> NAMES = ThreadLocal.withInitial(ArrayDeque::new);
    /** Stands for a mapping that is not the agent's, or whose column is not quoted: its name stays Hibernate's. */
    private static final String HIBERNATES = "";

    private QuotedIndicatorAdvice() {
    }

    public static void beginMapping(SoftDeletable bootMapping, MappingModelCreationProcess process) {
        begin(bootMapping, process.getCreationContext().getDialect());
    }

    static void begin(SoftDeletable bootMapping, Dialect dialect) {
        Column column = bootMapping.getSoftDeleteColumn();
        boolean ours = bootMapping instanceof RootClass root && SoftDeleteEntities.boundSettings(root.getEntityName()) != null;
        NAMES.get().push(ours && column != null && column.isQuoted() ? column.getQuotedName(dialect) : HIBERNATES);
    }

    public static void endMapping() {
        NAMES.get().pop();
    }

    /** Stands in for {@code column.getName()} inside {@code SoftDeleteMappingImpl}. */
    public static String columnName(Column column) {
        String name = NAMES.get().peek();
        return name == null || name.isEmpty() ? column.getName() : name;
    }
}
