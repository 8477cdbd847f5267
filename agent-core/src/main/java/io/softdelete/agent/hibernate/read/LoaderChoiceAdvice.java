package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.SingleIdEntityLoaderProvidedQueryImpl;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.loader.ast.spi.SingleUniqueKeyEntityLoader;
import org.hibernate.metamodel.mapping.SingularAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;

public final class LoaderChoiceAdvice {
    private LoaderChoiceAdvice() {
    }

    public static SingleIdEntityLoader<?> unfilteredForNavigation(SingleIdEntityLoader<?> chosen,
                                                                  AbstractEntityPersister persister,
                                                                  SharedSessionContractImplementor session) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName()) || chosen instanceof SingleIdEntityLoaderProvidedQueryImpl) {
            return chosen;
        }
        if (RemovedRowsHint.of(session) != null) {
            return UnfilteredLoaders.forHintedSession(persister, chosen, session);
        }
        return Navigation.isActive() ? UnfilteredLoaders.forNavigation(persister, chosen, session) : chosen;
    }

    /**
     * A load by a unique key other than the identifier follows a to-one that references it
     * ({@code referencedColumnName}): navigation. But a unique key that is itself an association's foreign key is
     * the inverse side of a one-to-one ({@code mappedBy}) looking for its owner, which reads like a collection.
     */
    public static SingleUniqueKeyEntityLoader<?> unfilteredForReference(SingleUniqueKeyEntityLoader<?> chosen,
                                                                        AbstractEntityPersister persister, String attributeName,
                                                                        SharedSessionContractImplementor session) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName())
                || !(persister.findByPath(attributeName) instanceof SingularAttributeMapping uniqueKey)
                || uniqueKey instanceof ToOneAttributeMapping) {
            return chosen;
        }
        return UnfilteredLoaders.forReference(persister, uniqueKey, chosen, session);
    }
}
