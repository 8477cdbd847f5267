package io.softdelete.agent.hibernate.read;

import io.softdelete.agent.hibernate.SoftDeleteEntities;
import net.bytebuddy.asm.Advice;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.SingleIdEntityLoaderProvidedQueryImpl;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.persister.entity.AbstractEntityPersister;

public final class LoaderChoiceAdvice {
    private LoaderChoiceAdvice() {
    }

    @Advice.OnMethodExit(inline = false)
    @Advice.AssignReturned.ToReturned
    public static SingleIdEntityLoader<?> unfilteredForNavigation(@Advice.This AbstractEntityPersister persister,
                                                                  @Advice.Argument(0) SharedSessionContractImplementor session,
                                                                  @Advice.Return SingleIdEntityLoader<?> chosen) {
        if (!Navigation.isActive() || !SoftDeleteEntities.isSoftDeleted(persister.getEntityName())
                || chosen instanceof SingleIdEntityLoaderProvidedQueryImpl) {
            return chosen;
        }
        return UnfilteredLoaders.forNavigation(persister, chosen, session);
    }
}
