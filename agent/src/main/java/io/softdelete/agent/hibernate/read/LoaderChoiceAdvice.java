package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.SingleIdEntityLoaderProvidedQueryImpl;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.persister.entity.AbstractEntityPersister;

public final class LoaderChoiceAdvice {
    private LoaderChoiceAdvice() {
    }

    public static SingleIdEntityLoader<?> unfilteredForNavigation(SingleIdEntityLoader<?> chosen,
                                                                  AbstractEntityPersister persister,
                                                                  SharedSessionContractImplementor session) {
        if (!Navigation.isActive() || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())
                || chosen instanceof SingleIdEntityLoaderProvidedQueryImpl) {
            return chosen;
        }
        return UnfilteredLoaders.forNavigation(persister, chosen, session);
    }
}
