package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityNameUse;
import org.hibernate.spi.NavigablePath;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.LazyTableGroup;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.TableReference;

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
        TableReference flagTable = tables.resolveTableReference(path, target.getSoftDeleteTableDetails().getTableName());
        join.applyPredicate(target.getSoftDeleteMapping().createNonDeletedRestriction(flagTable));
        if (flagTable != tables.getPrimaryTableReference() && creationState.supportsEntityNameUsage()) {
            // the flag of a JOINED subclass is in its root's table, which the join would otherwise leave out of the
            // SQL as unused: Hibernate registers the same use for its own restriction of a query root
            creationState.registerEntityNameUsage(join.getJoinedGroup(), EntityNameUse.EXPRESSION,
                    target.getRootEntityDescriptor().getEntityName());
        }
    }
}
