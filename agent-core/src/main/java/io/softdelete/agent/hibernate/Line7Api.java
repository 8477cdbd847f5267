package io.softdelete.agent.hibernate;

import java.sql.SQLException;

import io.softdelete.agent.EntitySettings;
import io.softdelete.agent.hibernate.boot.AgentSoftDelete;
import io.softdelete.agent.hibernate.read.UnfilteredSingleIdLoader7;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.mapping.Property;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.query.SelectionQuery;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.model.ast.ColumnValueBinding;

/** The calls of the 7.x lines (7.1 to 7.4). */
public final class Line7Api implements LineApi {
    @Override
    public SoftDelete softDelete(String entityName, EntitySettings settings) {
        return new AgentSoftDelete(settings);
    }

    @Override
    public void setUpdatable(Property property, boolean updatable) {
        property.setUpdatable(updatable);
    }

    @Override
    public Predicate liveRowRestriction(SoftDeleteMapping softDelete, TableReference table) {
        return softDelete.createNonDeletedRestriction(table);
    }

    @Override
    public String flagCondition(SoftDeleteMapping softDelete, boolean removed) {
        String column = softDelete.getSelectionExpression();
        if (softDelete.getSoftDeleteStrategy() == SoftDeleteType.TIMESTAMP) {
            return column + (removed ? " is not null" : " is null");
        }
        ColumnReference reference = new ColumnReference((String) null, softDelete);
        ColumnValueBinding value = removed ? softDelete.createDeletedValueBinding(reference)
                : softDelete.createNonDeletedValueBinding(reference);
        return column + "=" + value.getValueExpression().getFragment();
    }

    @Override
    public String liveAssignment(SoftDeleteMapping softDelete) {
        return softDelete.getSoftDeleteStrategy() == SoftDeleteType.TIMESTAMP ? softDelete.getSelectionExpression() + "=null"
                : flagCondition(softDelete, false);
    }

    @Override
    public boolean supportsRowValuesInList(Dialect dialect) {
        return dialect.supportsRowValueConstructorSyntaxInInList();
    }

    @Override
    public <R> SelectionQuery<R> withoutFlush(SelectionQuery<R> query, SharedSessionContractImplementor session) {
        return query.setQueryFlushMode(QueryFlushMode.NO_FLUSH);
    }

    @Override
    public ConstraintViolationException foreignKeyViolation(String message, SQLException cause, String constraint) {
        return new ConstraintViolationException(message, cause, ConstraintViolationException.ConstraintKind.FOREIGN_KEY,
                constraint);
    }

    @Override
    public SingleIdEntityLoader<?> unfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers,
                                                            SingleIdEntityLoader<?> liveRows) {
        return UnfilteredSingleIdLoader7.create(entity, influencers, liveRows);
    }
}
