package io.softdelete.agent.hibernate.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;

public final class SoftDeleteTargetsAdvice {
    private SoftDeleteTargetsAdvice() {
    }

    /** Keeps the targets whose flag table is one of the real tables of the deleted entity and its subtypes. */
    public static List<EntityMappingType> onlyExistingTables(List<EntityMappingType> targets, EntityMappingType entity) {
        if (!(entity.getEntityPersister() instanceof UnionSubclassEntityPersister persister)
                || !SoftDeleteEntities.isSoftDeleted(entity.getEntityName())) {
            return targets;
        }
        // Hibernate's own list of the hierarchy's tables below this entity, abstract (union-only) ones left out
        List<String> tables = Arrays.asList(persister.getConstraintOrderedTableNameClosure());
        List<EntityMappingType> kept = new ArrayList<>(targets.size());
        for (EntityMappingType target : targets) {
            if (tables.contains(target.getSoftDeleteTableDetails().getTableName())) {
                kept.add(target);
            }
        }
        return kept;
    }
}
