package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.query.sqm.tree.from.SqmAttributeJoin;
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.tree.from.TableGroup;

public final class ExplicitJoinAdvice {
    private ExplicitJoinAdvice() {
    }

    /** Returns the join to restore on exit. */
    @Advice.OnMethodEnter(inline = false)
    public static NavigablePath markExplicitJoin(@Advice.Argument(0) SqmAttributeJoin<?, ?> sqmJoin) {
        return ExplicitJoins.begin(sqmJoin.isFetched() ? null : sqmJoin.getNavigablePath());
    }

    @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class)
    public static void keepRestrictedJoin(@Advice.Argument(0) SqmAttributeJoin<?, ?> sqmJoin,
                                          @Advice.Return TableGroup joined,
                                          @Advice.Enter NavigablePath previous) {
        ExplicitJoins.end(previous);
        if (joined != null && !sqmJoin.isFetched() && joined.getModelPart() instanceof ToOneAttributeMapping toOne
                && SoftDeleteEntities.isSoftDeleted(toOne.getAssociatedEntityMappingType().getEntityName())) {
            // an unused inner join would otherwise be left out of the SQL, and with it the rows it drops
            joined.getPrimaryTableReference();
        }
    }
}
