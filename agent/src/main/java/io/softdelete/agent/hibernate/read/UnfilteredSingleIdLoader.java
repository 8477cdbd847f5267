package io.softdelete.agent.hibernate.read;

import org.hibernate.LockOptions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.loader.ast.internal.SingleIdEntityLoaderStandardImpl;
import org.hibernate.loader.ast.internal.SingleIdLoadPlan;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;

/**
 * Hibernate's own load-by-id, with plans built without the root's live-row restriction: what a to-one
 * association uses to reach a soft-deleted target. Plans are cached per loader, as Hibernate caches them.
 */
final class UnfilteredSingleIdLoader<T> extends SingleIdEntityLoaderStandardImpl<T> {
    private final SoftDeleteMapping softDelete;

    private UnfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers) {
        super(entity, influencers);
        this.softDelete = entity.getSoftDeleteMapping();
    }

    static <T> UnfilteredSingleIdLoader<T> create(EntityMappingType entity, LoadQueryInfluencers influencers) {
        // the constructor already builds the plan for LockMode.NONE
        return RestrictionSwitch.withoutRootRestriction(entity.getSoftDeleteMapping(),
                () -> new UnfilteredSingleIdLoader<>(entity, influencers));
    }

    @Override
    public SingleIdLoadPlan<T> resolveLoadPlan(LockOptions lockOptions, LoadQueryInfluencers influencers) {
        return RestrictionSwitch.withoutRootRestriction(softDelete, () -> super.resolveLoadPlan(lockOptions, influencers));
    }
}
