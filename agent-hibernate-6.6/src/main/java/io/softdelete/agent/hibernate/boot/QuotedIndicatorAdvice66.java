package io.softdelete.agent.hibernate.boot;

import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.SoftDeletable;
import org.hibernate.metamodel.mapping.internal.MappingModelCreationProcess;

/** {@link QuotedIndicatorAdvice} around 6.6's {@code SoftDeleteHelper.resolveSoftDeleteMapping}. */
public final class QuotedIndicatorAdvice66 {
    private QuotedIndicatorAdvice66() {
    }

    /** Of the two overloads, one is given the dialect, the other the creation process it takes the dialect from. */
    public static void beginMapping(SoftDeletable bootMapping, Object dialectOrProcess) {
        QuotedIndicatorAdvice.begin(bootMapping, dialectOrProcess instanceof MappingModelCreationProcess process
                ? process.getCreationContext().getDialect() : (Dialect) dialectOrProcess);
    }

    public static void endMapping(Object resolved) {
        QuotedIndicatorAdvice.endMapping();
    }

    public static void endMapping() {
        QuotedIndicatorAdvice.endMapping();
    }
}
