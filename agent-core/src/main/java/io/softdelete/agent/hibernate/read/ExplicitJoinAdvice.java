package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.query.sqm.tree.from.SqmAttributeJoin;
import org.hibernate.sql.ast.tree.from.TableGroup;

public final class ExplicitJoinAdvice {
    private ExplicitJoinAdvice() {
    }

    public static void markExplicitJoin(SqmAttributeJoin<?, ?> sqmJoin) {
        ExplicitJoins.begin(sqmJoin.isFetched() ? null : sqmJoin.getNavigablePath());
    }

    public static void keepRestrictedJoin(TableGroup joined, SqmAttributeJoin<?, ?> sqmJoin) {
        if (joined != null && !sqmJoin.isFetched() && joined.getModelPart() instanceof ToOneAttributeMapping toOne
                && SoftDeleteEntities.isSoftDeleted(toOne.getAssociatedEntityMappingType().getEntityName())) {
            // an unused inner join would otherwise be left out of the SQL, and with it the rows it drops
            joined.getPrimaryTableReference();
        }
        // last, so that if the above throws, endExplicitJoin ends the join once
        endExplicitJoin();
    }

    public static void endExplicitJoin() {
        ExplicitJoins.end();
    }
}
