package io.softdelete.agent.hibernate.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.softdelete.agent.hibernate.LineApi;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.CollectionLoaderSingleKey;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.loader.ast.spi.SingleUniqueKeyEntityLoader;
import org.hibernate.metamodel.mapping.SingularAttributeMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * One cached {@link UnfilteredSingleIdLoader} (of the line) per soft-deleted entity persister, over its default loader, and one
 * {@link UnfilteredUniqueKeyLoader} per default loader by unique key; for sessions that read removed rows, one loader by
 * id per entity persister and one per collection persister.
 */
final class UnfilteredLoaders {
    private static final Map<EntityPersister, SingleIdEntityLoader<?>> LOADERS = new ConcurrentHashMap<>();
    private static final Map<EntityPersister, SingleIdEntityLoader<?>> HINTED_LOADERS = new ConcurrentHashMap<>();
    private static final Map<AbstractCollectionPersister, CollectionLoader> HINTED_COLLECTION_LOADERS = new ConcurrentHashMap<>();
    private static final Map<SingleUniqueKeyEntityLoader<?>, UnfilteredUniqueKeyLoader<?>> UNIQUE_KEY_LOADERS =
            new ConcurrentHashMap<>();

    private UnfilteredLoaders() {
    }

    static SingleIdEntityLoader<?> forNavigation(AbstractEntityPersister persister, SingleIdEntityLoader<?> chosen,
                                                 SharedSessionContractImplementor session) {
        return singleId(LOADERS, persister, chosen, chosen, session);
    }

    /** The loader by id of a session that reads removed rows ({@link RemovedRowsHint}). */
    static SingleIdEntityLoader<?> forHintedSession(AbstractEntityPersister persister, SingleIdEntityLoader<?> chosen,
                                                    SharedSessionContractImplementor session) {
        return singleId(HINTED_LOADERS, persister, chosen, null, session);
    }

    private static SingleIdEntityLoader<?> singleId(Map<EntityPersister, SingleIdEntityLoader<?>> cache,
                                                    AbstractEntityPersister persister, SingleIdEntityLoader<?> chosen,
                                                    SingleIdEntityLoader<?> liveRows, SharedSessionContractImplementor session) {
        if (chosen != persister.getSingleIdLoader()) {
            // Hibernate built a loader for this session's filters, entity graph or lock options: do the same
            return LineApi.current().unfilteredSingleIdLoader(persister, session.getLoadQueryInfluencers(), liveRows);
        }
        SingleIdEntityLoader<?> loader = cache.get(persister);
        if (loader == null) {
            cache.keySet().removeIf(cached -> cached.getFactory().isClosed());
            loader = cache.computeIfAbsent(persister, ignored -> LineApi.current().unfilteredSingleIdLoader(persister,
                    new LoadQueryInfluencers(persister.getFactory()), liveRows));
        }
        return loader;
    }

    /**
     * The collection loader of a session that reads removed rows: one per collection persister, or one for the
     * occasion where the session's filters or entity graph shape the load.
     */
    static CollectionLoader forHintedCollection(AbstractCollectionPersister persister, SharedSessionContractImplementor session) {
        LoadQueryInfluencers influencers = session.getLoadQueryInfluencers();
        if (persister.getAttributeMapping().isAffectedByInfluencers(influencers, true)) {
            return hintedCollectionLoader(persister, influencers);
        }
        CollectionLoader loader = HINTED_COLLECTION_LOADERS.get(persister);
        if (loader == null) {
            HINTED_COLLECTION_LOADERS.keySet().removeIf(cached -> cached.getFactory().isClosed());
            loader = HINTED_COLLECTION_LOADERS.computeIfAbsent(persister,
                    ignored -> hintedCollectionLoader(persister, new LoadQueryInfluencers(persister.getFactory())));
        }
        return loader;
    }

    private static CollectionLoader hintedCollectionLoader(AbstractCollectionPersister persister, LoadQueryInfluencers influencers) {
        return RestrictionSwitch.withoutAnyRestriction(() -> new CollectionLoaderSingleKey(persister.getAttributeMapping(),
                influencers, persister.getFactory()));
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
