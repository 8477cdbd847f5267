package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;

public final class ToOneSoftDeleteView {
    private ToOneSoftDeleteView() {
    }

    /** Stands in for {@code target.getSoftDeleteMapping()} inside {@code ToOneAttributeMapping}. */
    public static SoftDeleteMapping softDeleteMapping(EntityMappingType target) {
        return SoftDeleteEntities.isSoftDeleted(target.getEntityName()) ? null : target.getSoftDeleteMapping();
    }
}
