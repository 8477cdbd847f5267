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
 * <p>
 * Without a loader of live rows, it is what a session that reads removed rows ({@link RemovedRowsHint}) loads by id
 * with: plans built without any live-row restriction, the root's nor those of what they fetch with it.
 */
public abstract class UnfilteredSingleIdLoader<T> extends SingleIdEntityLoaderStandardImpl<T> {
    /** The mapping whose root restriction each line's plans leave out; {@code null}: they leave out every one. */
    final SoftDeleteMapping rootOnly;
    /** {@code null}: the loader of a hinted session. */
    private final SingleIdEntityLoader<?> liveRows;

    protected UnfilteredSingleIdLoader(EntityMappingType entity, LoadQueryInfluencers influencers,
                                       SingleIdEntityLoader<?> liveRows) {
        super(entity, influencers);
        this.rootOnly = liveRows == null ? null : entity.getSoftDeleteMapping();
        this.liveRows = liveRows;
    }

    /** Constructs a loader; its constructor already builds the plan for {@code LockMode.NONE}. */
    protected static <L extends UnfilteredSingleIdLoader<?>> L create(EntityMappingType entity, SingleIdEntityLoader<?> liveRows,
                                                                     Supplier<L> constructor) {
        return RestrictionSwitch.withoutRestrictionOf(liveRows == null ? null : entity.getSoftDeleteMapping(), constructor);
    }

    @Override
    public T load(Object key, LockOptions lockOptions, Boolean readOnly, SharedSessionContractImplementor session) {
        if (liveRows == null) {
            return RemovedRowLoads.withoutCachePuts(session, () -> super.load(key, lockOptions, readOnly, session));
        }
        @SuppressWarnings("unchecked")
        T live = (T) liveRows.load(key, lockOptions, readOnly, session);
        return live != null ? live
                : remember(RemovedRowLoads.withoutCachePuts(session, () -> super.load(key, lockOptions, readOnly, session)),
                        key, session);
    }

    @Override
    public T load(Object key, Object entityInstance, LockOptions lockOptions, Boolean readOnly,
                  SharedSessionContractImplementor session) {
        if (liveRows == null) {
            return RemovedRowLoads.withoutCachePuts(session, () -> super.load(key, entityInstance, lockOptions, readOnly, session));
        }
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
