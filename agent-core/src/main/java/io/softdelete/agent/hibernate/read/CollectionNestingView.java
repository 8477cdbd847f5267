package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.persister.collection.CollectionPersister;

public final class CollectionNestingView {
    private CollectionNestingView() {
    }

    /** Stands in for {@code collection.hasWhereRestrictions()} inside {@code PluralAttributeMappingImpl}. */
    public static boolean hasWhereRestrictions(CollectionPersister collection) {
        return collection.hasWhereRestrictions()
                || collection.isManyToMany()
                        && collection.getAttributeMapping().getElementDescriptor() instanceof EntityCollectionPart element
                        && SoftDeleteEntities.isSoftDeleted(element.getAssociatedEntityMappingType().getEntityName());
    }
}
