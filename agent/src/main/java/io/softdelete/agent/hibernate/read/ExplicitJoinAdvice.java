package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.query.sqm.tree.from.SqmAttributeJoin;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;

public final class ExplicitJoinAdvice {
    private ExplicitJoinAdvice() {
    }

    @Advice.OnMethodExit(inline = false)
    public static void restrictExplicitToOneJoin(@Advice.Argument(0) SqmAttributeJoin<?, ?> sqmJoin,
                                                 @Advice.Argument(1) TableGroup lhs,
                                                 @Advice.Return TableGroup joined) {
        if (sqmJoin.isFetched() || !(joined.getModelPart() instanceof ToOneAttributeMapping toOne)) {
            return;
        }
        EntityMappingType target = toOne.getAssociatedEntityMappingType();
        if (!SoftDeleteEntities.isSoftDeleted(target.getEntityName())) {
            return;
        }
        TableGroupJoin join = joinOf(lhs, joined);
        if (join == null) {
            throw new IllegalStateException("soft-delete-agent: cannot find the join of " + sqmJoin.getNavigablePath());
        }
        // resolving the table reference initializes the lazy join: an explicit join that filters must stay
        join.applyPredicate(target.getSoftDeleteMapping().createNonDeletedRestriction(
                joined.resolveTableReference(sqmJoin.getNavigablePath(), target.getSoftDeleteTableDetails().getTableName())));
    }

    private static TableGroupJoin joinOf(TableGroup lhs, TableGroup joined) {
        for (TableGroupJoin join : lhs.getTableGroupJoins()) {
            if (join.getJoinedGroup() == joined) {
                return join;
            }
        }
        for (TableGroupJoin join : lhs.getNestedTableGroupJoins()) {
            if (join.getJoinedGroup() == joined) {
                return join;
            }
        }
        return null;
    }
}
