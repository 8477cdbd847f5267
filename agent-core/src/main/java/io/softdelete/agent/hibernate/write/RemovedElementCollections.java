package io.softdelete.agent.hibernate.write;

import java.util.Set;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import jakarta.transaction.Synchronization;
import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.cache.spi.access.SoftLock;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.EntityType;

/**
 * The cached collections that may list a soft-deleted entity. Its foreign keys and link rows stay, so nothing
 * Hibernate does on removal touches them, and a collection cached before the removal would go on listing it
 * (assembling it loads the removed row by id). They are evicted the way Hibernate's own
 * {@code CollectionCacheInvalidator} evicts them when {@code hibernate.cache.auto_evict_collection_cache} is
 * on: for an inverse one-to-many, the one entry of the entity's owner; otherwise, or when the owner is not
 * known, the whole region. Entries stay locked until the transaction completes.
 */
public final class RemovedElementCollections {
    private RemovedElementCollections() {
    }

    static void evict(EntityPersister persister, Object entity, SharedSessionContractImplementor session) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        var metamodel = persister.getFactory().getMappingMetamodel();
        Object loaded = loadedInstance(entity);
        // a collection of a supertype can list the entity too
        for (EntityMappingType type = persister; type != null; type = type.getSuperMappingType()) {
            Set<String> roles = metamodel.getCollectionRolesByEntityParticipant(type.getEntityName());
            if (roles != null) {
                for (String role : roles) {
                    CollectionPersister collection = metamodel.getCollectionDescriptor(role);
                    if (collection.hasCache()) {
                        evict(collection, type, persister, loaded, session);
                    }
                }
            }
        }
    }

    /**
     * After a bulk delete of a soft-deleted entity, the cached collections of the types above and below it, which
     * may list its rows too. Hibernate's own bulk clean-up ({@code BulkOperationCleanupAction}) evicts only the
     * collections of the type the statement names; those that list a removed row of another type would go on
     * listing it.
     */
    static void evictAfterBulkDelete(EntityPersister persister, SharedSessionContractImplementor session) {
        if (!SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
            return;
        }
        for (EntityMappingType type = persister.getSuperMappingType(); type != null; type = type.getSuperMappingType()) {
            evictRegions(type, session);
        }
        evictRegionsBelow(persister, session);
    }

    private static void evictRegionsBelow(EntityMappingType type, SharedSessionContractImplementor session) {
        for (EntityMappingType subtype : type.getSubMappingTypes()) {
            evictRegions(subtype, session);
            evictRegionsBelow(subtype, session);
        }
    }

    private static void evictRegions(EntityMappingType type, SharedSessionContractImplementor session) {
        var metamodel = session.getFactory().getMappingMetamodel();
        Set<String> roles = metamodel.getCollectionRolesByEntityParticipant(type.getEntityName());
        if (roles != null) {
            for (String role : roles) {
                CollectionPersister collection = metamodel.getCollectionDescriptor(role);
                if (collection.hasCache()) {
                    evictRegion(collection, session);
                }
            }
        }
    }

    private static void evict(CollectionPersister collection, EntityMappingType elementType, EntityPersister persister,
                              Object entity, SharedSessionContractImplementor session) {
        AttributeMapping ownerAttribute = entity == null ? null : ownerAttribute(collection, elementType, persister);
        if (ownerAttribute == null) {
            evictRegion(collection, session);
            return;
        }
        Object owner = ownerAttribute.getValue(entity);
        if (owner == null) {
            // no owner's collection of this role lists it
            return;
        }
        Object ownerId = identifier(owner, collection.getOwnerEntityPersister(), session);
        if (ownerId == null) {
            evictRegion(collection, session);
        } else {
            evictEntry(collection, ownerId, session);
        }
    }

    /** The attribute of the element that names the owner whose collection lists it, if there is one. */
    private static AttributeMapping ownerAttribute(CollectionPersister collection, EntityMappingType elementType,
                                                   EntityPersister persister) {
        String mappedBy = collection.getMappedByProperty();
        if (!collection.isOneToMany() || !collection.isInverse() || mappedBy == null || mappedBy.isEmpty()
                || !collection.getCollectionType().useLHSPrimaryKey()
                || !(collection.getElementType() instanceof EntityType element)
                || !element.getAssociatedEntityName().equals(elementType.getEntityName())) {
            return null;
        }
        return persister.findAttributeMapping(mappedBy);
    }

    private static Object loadedInstance(Object entity) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
        if (proxy == null) {
            return entity;
        }
        return proxy.isUninitialized() ? null : proxy.getImplementation();
    }

    private static Object identifier(Object owner, EntityPersister ownerPersister, SharedSessionContractImplementor session) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(owner);
        if (proxy != null) {
            return proxy.getInternalIdentifier();
        }
        return ownerPersister.getMappedClass().isInstance(owner) ? ownerPersister.getIdentifier(owner, session) : null;
    }

    private static void evictEntry(CollectionPersister collection, Object ownerId, SharedSessionContractImplementor session) {
        CollectionDataAccess cache = collection.getCacheAccessStrategy();
        Object cacheKey = cache.generateCacheKey(ownerId, collection, session.getFactory(), session.getTenantIdentifier());
        SoftLock lock = cache.lockItem(session, cacheKey, null);
        cache.remove(session, cacheKey);
        afterCompletion(session, () -> cache.unlockItem(session, cacheKey, lock));
    }

    private static void evictRegion(CollectionPersister collection, SharedSessionContractImplementor session) {
        CollectionDataAccess cache = collection.getCacheAccessStrategy();
        SoftLock lock = cache.lockRegion();
        cache.removeAll(session);
        afterCompletion(session, () -> cache.unlockRegion(lock));
    }

    /**
     * Through the transaction's local synchronizations, which every Hibernate line has (the session's completion
     * callbacks of 7.2 on were processes before).
     */
    public static void afterCompletion(SharedSessionContractImplementor session, Runnable work) {
        session.getTransactionCoordinator().getLocalSynchronizations().registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // as Hibernate's own completion processes: a cache that fails to unlock does not fail the completion
                try {
                    work.run();
                } catch (RuntimeException e) {
                    System.err.println(SoftDeleteAgent.PREFIX + "could not unlock a second-level cache entry after the"
                            + " transaction: " + e);
                }
            }
        });
    }
}
