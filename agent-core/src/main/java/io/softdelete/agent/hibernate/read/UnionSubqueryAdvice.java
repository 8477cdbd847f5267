package io.softdelete.agent.hibernate.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;

public final class UnionSubqueryAdvice {
    private UnionSubqueryAdvice() {
    }

    /** Adds the flag column to the selectables a concrete type contributes, keyed as Hibernate keys its own. */
    public static void selectSoftDeleteColumn(UnionSubclassEntityPersister persister,
                                              LinkedHashMap<String, Map<String, SelectableMapping>> selectables) {
        SoftDeleteMapping softDelete = persister.getSoftDeleteMapping();
        if (persister.isAbstract() || softDelete == null || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        String table = persister.hasSubclasses() ? persister.getRootTableName() : persister.getTableName();
        selectables.computeIfAbsent(softDelete.getSelectionExpression(), ignored -> new HashMap<>()).put(table, softDelete);
    }
}
