package io.softdelete.agent.hibernate.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.softdelete.agent.hibernate.LineApi;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.loader.ast.spi.SingleUniqueKeyEntityLoader;
import org.hibernate.metamodel.mapping.SingularAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * One cached {@link UnfilteredSingleIdLoader} (of the line) per soft-deleted entity persister, over its default loader, and one
 * {@link UnfilteredUniqueKeyLoader} per default loader by unique key.
 */
final class UnfilteredLoaders {
    private static final Map<EntityPersister, SingleIdEntityLoader<?>> LOADERS = new ConcurrentHashMap<>();
    private static final Map<SingleUniqueKeyEntityLoader<?>, UnfilteredUniqueKeyLoader<?>> UNIQUE_KEY_LOADERS =
            new ConcurrentHashMap<>();

    private UnfilteredLoaders() {
    }

    static SingleIdEntityLoader<?> forNavigation(AbstractEntityPersister persister, SingleIdEntityLoader<?> chosen,
                                                 SharedSessionContractImplementor session) {
        if (chosen != persister.getSingleIdLoader()) {
            // Hibernate built a loader for this session's filters, entity graph or lock options: do the same
            return LineApi.current().unfilteredSingleIdLoader(persister, session.getLoadQueryInfluencers(), chosen);
        }
        SingleIdEntityLoader<?> loader = LOADERS.get(persister);
        if (loader == null) {
            LOADERS.keySet().removeIf(cached -> cached.getFactory().isClosed());
            loader = LOADERS.computeIfAbsent(persister,
                    ignored -> LineApi.current().unfilteredSingleIdLoader(persister, new LoadQueryInfluencers(persister.getFactory()),
                            chosen));
        }
        return loader;
    }

    static SingleUniqueKeyEntityLoader<?> forReference(AbstractEntityPersister persister, SingularAttributeMapping uniqueKey,
                                                       SingleUniqueKeyEntityLoader<?> chosen,
                                                       SharedSessionContractImplementor session) {
        LoadQueryInfluencers influencers = session.getLoadQueryInfluencers();
        if (persister.isAffectedByInfluencers(influencers, true)) {
            // Hibernate built a loader for this session's filters or entity graph: do the same
            return UnfilteredUniqueKeyLoader.create(persister, uniqueKey, influencers, chosen);
        }
        UnfilteredUniqueKeyLoader<?> loader = UNIQUE_KEY_LOADERS.get(chosen);
        if (loader == null) {
            UNIQUE_KEY_LOADERS.keySet().removeIf(cached -> cached.getLoadable().getEntityPersister().getFactory().isClosed());
            loader = UNIQUE_KEY_LOADERS.computeIfAbsent(chosen, ignored -> UnfilteredUniqueKeyLoader.create(persister, uniqueKey,
                    new LoadQueryInfluencers(persister.getFactory()), chosen));
        }
        return loader;
    }
}
