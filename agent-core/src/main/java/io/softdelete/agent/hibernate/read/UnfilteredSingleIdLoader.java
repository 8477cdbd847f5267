package io.softdelete.agent.hibernate.read;

import java.util.function.Supplier;

import org.hibernate.LockOptions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.internal.SingleIdEntityLoaderStandardImpl;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;

/**
 * What a to-one association uses to load its target by id: Hibernate's own loader first, which finds live
 * rows (batching them as configured); then, only for a row it does not find, Hibernate's load-by-id with
 * plans built without the root's live-row restriction, which finds a soft-deleted row. Such a row is
 * remembered in the session ({@link DeletedRows}), and never put into the second-level cache, where a
 * {@code find} of another session would hit it ({@link PossiblyRemovedRow}). Plans are cached per loader,
 * as Hibernate caches them; each line's subclass builds them ({@code resolveLoadPlan} differs between lines).
 */
public abstract class UnfilteredSingleIdLoader<T> extends SingleIdEntityLoaderStandardImpl<T> {
    /** Each line's plans are built without its live-row restriction at the root. */
    final SoftDeleteMapping softDelete;
    private final SingleIdEntityLoader<?> liveRows;

    protected UnfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers,
                                       SingleIdEntityLoader<?> liveRows) {
        super(entity, influencers);
        this.softDelete = entity.getSoftDeleteMapping();
        this.liveRows = liveRows;
    }

    /** Constructs a loader; its constructor already builds the plan for {@code LockMode.NONE}. */
    protected static <L extends UnfilteredSingleIdLoader<?>> L create(EntityMappingType entity, Supplier<L> constructor) {
        return RestrictionSwitch.withoutRootRestriction(entity.getSoftDeleteMapping(), constructor);
    }


    @Override
    public T load(Object key, LockOptions lockOptions, Boolean readOnly, SharedSessionContractImplementor session) {
        @SuppressWarnings("unchecked")
        T live = (T) liveRows.load(key, lockOptions, readOnly, session);
        return live != null ? live
                : remember(RemovedRowLoads.withoutCachePuts(session, () -> super.load(key, lockOptions, readOnly, session)),
                        key, session);
    }

    @Override
    public T load(Object key, Object entityInstance, LockOptions lockOptions, Boolean readOnly,
                  SharedSessionContractImplementor session) {
        @SuppressWarnings("unchecked")
        T live = (T) liveRows.load(key, entityInstance, lockOptions, readOnly, session);
        return live != null ? live
                : remember(RemovedRowLoads.withoutCachePuts(session,
                        () -> super.load(key, entityInstance, lockOptions, readOnly, session)), key, session);
    }

    private T remember(T deleted, Object key, SharedSessionContractImplementor session) {
        if (deleted != null) {
            RemovedRowLoads.remember(session, session.generateEntityKey(key, getLoadable().getEntityPersister()));
        }
        return deleted;
    }
}
