package io.softdelete.agent.hibernate.read;

import org.hibernate.LockOptions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.loader.ast.internal.SingleIdLoadPlan;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.metamodel.mapping.EntityMappingType;

/** The {@link UnfilteredSingleIdLoader} of the 7.x lines, which build a plan from lock options and influencers. */
public final class UnfilteredSingleIdLoader7<T> extends UnfilteredSingleIdLoader<T> {
    private UnfilteredSingleIdLoader7(EntityMappingType entity, LoadQueryInfluencers influencers,
                                      SingleIdEntityLoader<?> liveRows) {
        super(entity, influencers, liveRows);
    }

    public static UnfilteredSingleIdLoader7<?> create(EntityMappingType entity, LoadQueryInfluencers influencers,
                                                      SingleIdEntityLoader<?> liveRows) {
        return create(entity, liveRows, () -> new UnfilteredSingleIdLoader7<>(entity, influencers, liveRows));
    }

    @Override
    public SingleIdLoadPlan<T> resolveLoadPlan(LockOptions lockOptions, LoadQueryInfluencers influencers) {
        return RestrictionSwitch.withoutRestrictionOf(rootOnly, () -> super.resolveLoadPlan(lockOptions, influencers));
    }
}
