package io.softdelete.agent.hibernate.read;

import java.util.ArrayList;
import java.util.List;

import io.softdelete.agent.hibernate.LineApi;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.TableDetails;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * The live-row restriction in the form that holds where an outer join may have null-extended the row:
 * {@code key is null or live}. A real row's key is never null, so for it this is the restriction itself.
 */
final class LiveRows {
    private LiveRows() {
    }

    /** The restriction of the entity the table group holds, on the table that carries its flag. */
    static Predicate orNullExtended(TableGroup group, EntityMappingType entity) {
        TableReference table = group.resolveTableReference(entity.getSoftDeleteTableDetails().getTableName());
        return orNullExtended(LineApi.current().liveRowRestriction(entity.getSoftDeleteMapping(), table), table, entity);
    }

    static Predicate orNullExtended(Predicate live, TableReference table, EntityMappingType entity) {
        if (live instanceof Junction none && none.isEmpty()) {
            // a hinted read left the restriction out: so is this one
            return live;
        }
        TableDetails.KeyColumn key = entity.getSoftDeleteTableDetails().getKeyDetails().getKeyColumn(0);
        List<Predicate> either = new ArrayList<>(2);
        either.add(new NullnessPredicate(new ColumnReference(table, key)));
        either.add(live);
        return new Junction(Junction.Nature.DISJUNCTION, either, null);
    }
}
