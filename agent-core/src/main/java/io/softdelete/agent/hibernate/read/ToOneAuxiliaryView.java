package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.AuxiliaryMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;

/** Only linked on Hibernate 7.4 and newer, where {@code AuxiliaryMapping} exists. */
public final class ToOneAuxiliaryView {
    private ToOneAuxiliaryView() {
    }

    /** Stands in for {@code target.getAuxiliaryMapping()} inside {@code ToOneAttributeMapping}. */
    public static AuxiliaryMapping auxiliaryMapping(EntityMappingType target) {
        AuxiliaryMapping mapping = target.getAuxiliaryMapping();
        return mapping instanceof SoftDeleteMapping && SoftDeleteEntities.isSoftDeleted(target.getEntityName())
                ? null : mapping;
    }
}
