package io.softdelete.agent.hibernate.read;

import java.util.ArrayList;
import java.util.List;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.ModelPartContainer;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.query.sqm.sql.FromClauseIndex;
import org.hibernate.query.sqm.tree.SqmJoinType;
import org.hibernate.query.sqm.tree.from.SqmFrom;
import org.hibernate.query.sqm.tree.from.SqmJoin;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.select.QuerySpec;

/**
 * Where the live-row restrictions of a query root and its joins go once the joins include a RIGHT or FULL
 * join. Hibernate puts the root's restriction in WHERE and each join's in its ON, which is right for inner
 * and left joins only: WHERE then drops every row a right join null-extends on the root's side, and the ON of
 * a right or full join does not filter the rows it preserves.
 * <p>
 * The root and its joins render as one chain, left to right, and the aim is what that chain gives over live
 * rows only. Reading it left to right, a restriction is pending while the rows so far must still pass it; each
 * is kept in the form {@code key is null or live} (see {@link LiveRows}), which a row the chain null-extended
 * passes. The root's is pending from the start. An inner or left join changes nothing: its own restriction, in
 * its ON, filters what it joins, and a pending restriction, which names only the rows before it, can still be
 * checked after it. A right or full join must not match its rows with rows before it that fail: the pending
 * restrictions go into its ON, so that such a row matches nothing (a right join then drops it; a full join keeps
 * it null-extended, and the restriction, still pending, drops it later). Its ON does not filter the rows it
 * preserves of its own side, so its own restriction becomes pending. At the end, WHERE gets every pending
 * restriction (the root's is there already, built null-safe). After a right join, the restrictions pending
 * before it hold for every row (each row either passed its ON or is null-extended there), so the list only
 * grows: that stays right when Hibernate leaves an unused join out of the SQL.
 */
final class RightAndFullJoins {
    private record Restricted(TableGroup group, EntityMappingType entity) {
    }

    private final QuerySpec querySpec;
    private final FromClauseIndex fromClauseIndex;
    private final List<Restricted> pending = new ArrayList<>();
    private boolean full;

    private RightAndFullJoins(QuerySpec querySpec, FromClauseIndex fromClauseIndex) {
        this.querySpec = querySpec;
        this.fromClauseIndex = fromClauseIndex;
    }

    /** Whether the joins of this from-clause node, at any depth, include a right or full join. */
    static boolean any(SqmFrom<?, ?> from) {
        for (SqmJoin<?, ?> join : from.getSqmJoins()) {
            SqmJoinType type = join.getSqmJoinType();
            if (type == SqmJoinType.RIGHT || type == SqmJoinType.FULL || any(join)) {
                return true;
            }
        }
        for (SqmFrom<?, ?> treated : from.getSqmTreats()) {
            if (any(treated)) {
                return true;
            }
        }
        return false;
    }

    /** Once the root and its joins are translated; its own restriction is already in its null-safe form. */
    static void place(TableGroup root, QuerySpec querySpec, FromClauseIndex fromClauseIndex) {
        RightAndFullJoins chain = new RightAndFullJoins(querySpec, fromClauseIndex);
        if (root.getModelPart() instanceof EntityMappingType entity && SoftDeleteEntities.isSoftDeleted(entity.getEntityName())) {
            chain.pending.add(new Restricted(root, entity));
        }
        chain.visitJoinsOf(root);
        if (chain.full && !chain.pending.isEmpty()) {
            // a full join may be rendered as a union of copies of this query spec that share its WHERE
            querySpec.applyPredicate(UnsharedConjunction.marker());
        }
    }

    /** In the order they render: the nested joins inside the group, then the joins after it. */
    private void visitJoinsOf(TableGroup group) {
        List<TableGroupJoin> nested = group.getNestedTableGroupJoins();
        for (int i = 0; i < nested.size(); i++) {
            visit(nested.get(i));
        }
        List<TableGroupJoin> joins = group.getTableGroupJoins();
        for (int i = 0; i < joins.size(); i++) {
            visit(joins.get(i));
        }
    }

    private void visit(TableGroupJoin join) {
        SqlAstJoinType type = join.getJoinType();
        if (type == SqlAstJoinType.RIGHT || type == SqlAstJoinType.FULL) {
            full |= type == SqlAstJoinType.FULL;
            for (Restricted before : pending) {
                join.applyPredicate(LiveRows.orNullExtended(before.group(), before.entity()));
            }
            Restricted preserved = restricted(join.getJoinedGroup());
            if (preserved != null) {
                pending.add(preserved);
                querySpec.applyPredicate(LiveRows.orNullExtended(preserved.group(), preserved.entity()));
            }
        }
        visitJoinsOf(join.getJoinedGroup());
    }

    /** The soft-deleted entity whose restriction the join of this group carries, if any. */
    private Restricted restricted(TableGroup joined) {
        ModelPartContainer part = joined.getModelPart();
        EntityMappingType entity = null;
        if (part instanceof ToOneAttributeMapping toOne) {
            // a fetch join is navigation, which is not restricted
            if (fromClauseIndex.findFetchedJoinByPath(joined.getNavigablePath()) == null) {
                entity = toOne.getAssociatedEntityMappingType();
            }
        } else if (part instanceof PluralAttributeMapping collection) {
            if (collection.getElementDescriptor() instanceof EntityCollectionPart element) {
                entity = element.getAssociatedEntityMappingType();
            }
        } else if (part instanceof EntityMappingType joinedEntity) {
            entity = joinedEntity;
        }
        return entity != null && SoftDeleteEntities.isSoftDeleted(entity.getEntityName()) ? new Restricted(joined, entity) : null;
    }
}
