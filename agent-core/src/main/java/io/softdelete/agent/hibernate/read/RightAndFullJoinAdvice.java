package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.model.domain.EntityDomainType;
import org.hibernate.query.sqm.sql.BaseSqmToSqlAstConverter;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.sql.ast.spi.SqlAstQueryPartProcessingState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.select.QuerySpec;

public final class RightAndFullJoinAdvice {
    private RightAndFullJoinAdvice() {
    }

    /** Before the root's table group, and with it the root's restriction, is built. */
    public static void nullExtendedRootRestriction(BaseSqmToSqlAstConverter<?> converter, SqmRoot<?> root) {
        if (!root.isCorrelated() && root.getReferencedPathSource() instanceof EntityDomainType<?> entity
                && SoftDeleteEntities.isSoftDeleted(entity.getHibernateEntityName()) && RightAndFullJoins.any(root)) {
            RestrictionSwitch.nullExtendedNext(converter.getCreationContext().getMappingMetamodel()
                    .getEntityDescriptor(entity.getHibernateEntityName()));
        }
    }

    /** Once the root and all its explicit joins are translated. */
    public static void placeRestrictions(BaseSqmToSqlAstConverter<?> converter, SqmRoot<?> root) {
        if (root.isCorrelated() || !RightAndFullJoins.any(root)) {
            return;
        }
        RestrictionSwitch.endNullExtended();
        TableGroup rootGroup = converter.getFromClauseIndex().findTableGroup(root.getNavigablePath());
        if (rootGroup == null
                || !(converter.getCurrentProcessingState() instanceof SqlAstQueryPartProcessingState state)
                || !(state.getInflightQueryPart() instanceof QuerySpec querySpec)) {
            throw new IllegalStateException(SoftDeleteAgent.PREFIX + "cannot restrict the right or full joins of "
                    + root.getNavigablePath() + " to live rows");
        }
        RightAndFullJoins.place(rootGroup, querySpec, converter.getFromClauseIndex());
    }

    public static void endRoot() {
        RestrictionSwitch.endNullExtended();
    }
}
