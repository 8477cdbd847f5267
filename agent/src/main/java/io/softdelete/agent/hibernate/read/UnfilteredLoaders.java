package io.softdelete.agent.hibernate.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/** One cached {@link UnfilteredSingleIdLoader} per soft-deleted entity persister, over its default loader. */
final class UnfilteredLoaders {
    private static final Map<EntityPersister, UnfilteredSingleIdLoader<?>> LOADERS = new ConcurrentHashMap<>();

    private UnfilteredLoaders() {
    }

    static SingleIdEntityLoader<?> forNavigation(AbstractEntityPersister persister, SingleIdEntityLoader<?> chosen,
                                                 SharedSessionContractImplementor session) {
        if (chosen != persister.getSingleIdLoader()) {
            // Hibernate built a loader for this session's filters, entity graph or lock options: do the same
            return UnfilteredSingleIdLoader.create(persister, session.getLoadQueryInfluencers(), chosen);
        }
        UnfilteredSingleIdLoader<?> loader = LOADERS.get(persister);
        if (loader == null) {
            LOADERS.keySet().removeIf(cached -> cached.getFactory().isClosed());
            loader = LOADERS.computeIfAbsent(persister,
                    ignored -> UnfilteredSingleIdLoader.create(persister, new LoadQueryInfluencers(persister.getFactory()), chosen));
        }
        return loader;
    }
}
