package io.softdelete.agent.hibernate;

import java.sql.SQLException;

import io.softdelete.agent.EntitySettings;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.mapping.Property;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.query.SelectionQuery;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * The Hibernate calls of the shared advice whose names or shapes differ between the supported lines; one
 * implementation per line, compiled against it ({@code Line7Api} here, {@code Line66Api} in the module of the 6.6
 * line), chosen by {@link #current()} for the Hibernate beside which this class was loaded. Only types every
 * supported line has appear here.
 */
public interface LineApi {
    String LINE_7 = "io.softdelete.agent.hibernate.Line7Api";
    String LINE_6_6 = "io.softdelete.agent.hibernate.Line66Api";

    static LineApi current() {
        return CurrentLine.API;
    }

    /** The implementation for the Hibernate this loader sees, by its marker class, which is not loaded. */
    static String implementationFor(ClassLoader hibernateLoader) {
        return HibernateLines.has(hibernateLoader, HibernateLines.SINCE_7) ? LINE_7 : LINE_6_6;
    }

    /**
     * The {@code @SoftDelete} a configured entity would carry if the application could be edited; refuses the
     * unit, naming the entity, where the line has no such strategy.
     */
    SoftDelete softDelete(String entityName, EntitySettings settings);

    void setUpdatable(Property property, boolean updatable);

    /** Hibernate's own live-row restriction of the mapping on that table. */
    Predicate liveRowRestriction(SoftDeleteMapping softDelete, TableReference table);

    /** SQL that holds for the rows the mapping's flag marks removed, or for the live ones; the column unqualified. */
    String flagCondition(SoftDeleteMapping softDelete, boolean removed);

    /** The SQL assignment that makes a removed row live again ({@code deleted=false}, {@code deleted_at=null}). */
    String liveAssignment(SoftDeleteMapping softDelete);

    boolean supportsRowValuesInList(Dialect dialect);

    /** The query, of that session, reads what the database holds now: it does not flush the session first. */
    <R> SelectionQuery<R> withoutFlush(SelectionQuery<R> query, SharedSessionContractImplementor session);

    /** The exception a violated foreign key would have raised, of the kind this line has for it. */
    ConstraintViolationException foreignKeyViolation(String message, SQLException cause, String constraint);

    /**
     * The loader by id that finds a removed row as well, falling back from {@code liveRows}; without {@code liveRows},
     * the loader of a session that reads removed rows. See {@code read.UnfilteredSingleIdLoader}.
     */
    SingleIdEntityLoader<?> unfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers,
                                                     SingleIdEntityLoader<?> liveRows);
}
