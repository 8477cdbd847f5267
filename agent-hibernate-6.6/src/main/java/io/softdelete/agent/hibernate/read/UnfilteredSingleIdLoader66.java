package io.softdelete.agent.hibernate.read;

import org.hibernate.LockOptions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.loader.ast.internal.SingleIdLoadPlan;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.metamodel.mapping.EntityMappingType;

/** The {@link UnfilteredSingleIdLoader} of the 6.6 line, whose plans take the session factory too. */
public final class UnfilteredSingleIdLoader66<T> extends UnfilteredSingleIdLoader<T> {
    private UnfilteredSingleIdLoader66(EntityMappingType entity, LoadQueryInfluencers influencers,
                                       SingleIdEntityLoader<?> liveRows) {
        super(entity, influencers, liveRows);
    }

    public static UnfilteredSingleIdLoader66<?> create(EntityMappingType entity, LoadQueryInfluencers influencers,
                                                       SingleIdEntityLoader<?> liveRows) {
        return create(entity, liveRows, () -> new UnfilteredSingleIdLoader66<>(entity, influencers, liveRows));
    }

    @Override
    public SingleIdLoadPlan<T> resolveLoadPlan(LockOptions lockOptions, LoadQueryInfluencers influencers,
                                               SessionFactoryImplementor factory) {
        return RestrictionSwitch.withoutRestrictionOf(rootOnly, () -> super.resolveLoadPlan(lockOptions, influencers, factory));
    }
}
