package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.LineApi;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.LazyTableGroup;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;

public final class ExplicitToOneJoinAdvice {
    private ExplicitToOneJoinAdvice() {
    }

    public static void restrictExplicitJoin(TableGroupJoin join, ToOneAttributeMapping toOne, NavigablePath navigablePath,
                                            boolean fetched, SqlAstCreationState creationState) {
        EntityMappingType target = toOne.getAssociatedEntityMappingType();
        if (fetched || !ExplicitJoins.isCurrent(navigablePath) || !SoftDeleteEntities.isSoftDeleted(target.getEntityName())) {
            return;
        }
        // when the join's tables exist, right after the foreign-key predicate and before anyone (such as a
        // correlated subquery) takes the join's predicate
        if (join.getJoinedGroup() instanceof LazyTableGroup lazy) {
            lazy.setTableGroupInitializerCallback(tables -> restrict(join, target, tables, navigablePath, creationState));
        } else {
            restrict(join, target, join.getJoinedGroup(), navigablePath, creationState);
        }
    }

    private static void restrict(TableGroupJoin join, EntityMappingType target, TableGroup tables, NavigablePath path,
                                 SqlAstCreationState creationState) {
        join.applyPredicate(LineApi.current().liveRowRestriction(target.getSoftDeleteMapping(),
                tables.resolveTableReference(path, target.getSoftDeleteTableDetails().getTableName())));
        // on the join's own group, the lazy one, where Hibernate registers the uses of the join's tables
        FlagTable.keep(join.getJoinedGroup(), target, creationState);
    }
}
