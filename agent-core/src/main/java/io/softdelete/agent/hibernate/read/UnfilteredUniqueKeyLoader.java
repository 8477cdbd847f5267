package io.softdelete.agent.hibernate.read;

import org.hibernate.LockOptions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.SingleUniqueKeyEntityLoaderStandard;
import org.hibernate.loader.ast.spi.SingleUniqueKeyEntityLoader;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SingularAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * What a to-one that references a unique key other than the identifier ({@code referencedColumnName}) uses to load
 * its target: Hibernate's own loader first, which finds live rows; then, only for a row it does not find,
 * Hibernate's load by unique key with a plan built without the root's live-row restriction, which finds a
 * soft-deleted row, as {@link UnfilteredSingleIdLoader} does for a to-one to the identifier.
 */
final class UnfilteredUniqueKeyLoader<T> implements SingleUniqueKeyEntityLoader<T> {
    private final SingleUniqueKeyEntityLoader<T> liveRows;
    private final SingleUniqueKeyEntityLoader<T> allRows;

    private UnfilteredUniqueKeyLoader(SingleUniqueKeyEntityLoader<T> liveRows, SingleUniqueKeyEntityLoader<T> allRows) {
        this.liveRows = liveRows;
        this.allRows = allRows;
    }

    static <T> UnfilteredUniqueKeyLoader<T> create(EntityMappingType entity, SingularAttributeMapping uniqueKey,
                                                   LoadQueryInfluencers influencers, SingleUniqueKeyEntityLoader<T> liveRows) {
        // the constructor builds the plan
        SingleUniqueKeyEntityLoader<T> allRows = RestrictionSwitch.withoutRootRestriction(entity.getSoftDeleteMapping(),
                () -> new SingleUniqueKeyEntityLoaderStandard<>(entity, uniqueKey, influencers));
        return new UnfilteredUniqueKeyLoader<>(liveRows, allRows);
    }

    @Override
    public T load(Object key, LockOptions lockOptions, Boolean readOnly, SharedSessionContractImplementor session) {
        T live = liveRows.load(key, lockOptions, readOnly, session);
        if (live != null) {
            return live;
        }
        T deleted = RemovedRowLoads.withoutCachePuts(session, () -> allRows.load(key, lockOptions, readOnly, session));
        if (deleted != null) {
            // from the instance: on 6.6, a row loaded while an outer load runs is not yet in the persistence context
            EntityPersister persister = getLoadable().getEntityPersister();
            RemovedRowLoads.remember(session, session.generateEntityKey(persister.getIdentifier(deleted, session), persister));
        }
        return deleted;
    }

    @Override
    public Object resolveId(Object key, SharedSessionContractImplementor session) {
        return liveRows.resolveId(key, session);
    }

    @Override
    public EntityMappingType getLoadable() {
        return liveRows.getLoadable();
    }
}
