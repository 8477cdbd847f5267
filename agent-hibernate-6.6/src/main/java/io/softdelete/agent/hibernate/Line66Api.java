package io.softdelete.agent.hibernate;

import java.sql.SQLException;

import io.softdelete.agent.EntitySettings;
import io.softdelete.agent.Strategy;
import io.softdelete.agent.hibernate.boot.AgentSoftDelete66;
import io.softdelete.agent.hibernate.boot.SoftDeleteBootException;
import io.softdelete.agent.hibernate.read.UnfilteredSingleIdLoader66;
import org.hibernate.FlushMode;
import org.hibernate.StatelessSession;
import org.hibernate.Version;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.boot.model.internal.SoftDeleteHelper;
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

/** The calls of the 6.6 line. */
public final class Line66Api implements LineApi {
    /** 6.6 has no timestamp strategy: an entity configured for one refuses the unit, never falls back. */
    @Override
    public SoftDelete softDelete(String entityName, EntitySettings settings) {
        if (settings.strategy() == Strategy.TIMESTAMP) {
            throw SoftDeleteBootException.refusal(entityName + " is configured with strategy=timestamp, which Hibernate ORM "
                    + Version.getVersionString() + " cannot map: the 6.6 line has no timestamp soft delete (Hibernate ORM"
                    + " 7.1 and newer have); use strategy=boolean or strategy=active for it");
        }
        return new AgentSoftDelete66(settings);
    }

    @Override
    public void setUpdatable(Property property, boolean updatable) {
        property.setUpdateable(updatable);
    }

    @Override
    public Predicate liveRowRestriction(SoftDeleteMapping softDelete, TableReference table) {
        return SoftDeleteHelper.createNonSoftDeletedRestriction(table, softDelete);
    }

    /** 6.6 has the boolean strategies only, each a literal of the column's type. */
    @Override
    public String flagCondition(SoftDeleteMapping softDelete, boolean removed) {
        return softDelete.getSelectionExpression() + "="
                + (removed ? softDelete.getDeletedLiteralText() : softDelete.getNonDeletedLiteralText());
    }

    /** 6.6 has no timestamp strategy: the live value is a literal. */
    @Override
    public String liveAssignment(SoftDeleteMapping softDelete) {
        return flagCondition(softDelete, false);
    }

    /**
     * 6.6 asks its SQL translators, not the dialect: an element collection with a composite key is left to
     * Hibernate's own statement, as on a database without row values.
     */
    @Override
    public boolean supportsRowValuesInList(Dialect dialect) {
        return false;
    }

    /** A stateless session, which has nothing to flush, refuses a flush mode on 6.6. */
    @Override
    public <R> SelectionQuery<R> withoutFlush(SelectionQuery<R> query, SharedSessionContractImplementor session) {
        return session instanceof StatelessSession ? query : query.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /** 6.6 has no kind for a foreign key. */
    @Override
    public ConstraintViolationException foreignKeyViolation(String message, SQLException cause, String constraint) {
        return new ConstraintViolationException(message, cause, constraint);
    }

    @Override
    public SingleIdEntityLoader<?> unfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers,
                                                            SingleIdEntityLoader<?> liveRows) {
        return UnfilteredSingleIdLoader66.create(entity, influencers, liveRows);
    }
}
