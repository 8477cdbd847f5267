package io.softdelete.agent.hibernate.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.hibernate.StatelessSession;
import org.hibernate.collection.spi.AbstractPersistentCollection;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.type.CompositeType;

public final class RemovedElementKeyAdvice {
    private RemovedElementKeyAdvice() {
    }

    /** Stands in for {@code collection.getDeletes(persister, elements)} when Hibernate deletes rows one by one. */
    public static Iterator<?> deletes(PersistentCollection<?> collection, CollectionPersister persister, boolean elements) {
        Iterator<?> deletes = collection.getDeletes(persister, elements);
        SharedSessionContractImplementor session = collection instanceof AbstractPersistentCollection<?> persistent
                ? persistent.getSession() : null;
        if (!elements || !keepsKeysOfRemovedElements(persister) || session == null || session instanceof StatelessSession) {
            return deletes;
        }
        List<Object> others = new ArrayList<>();
        while (deletes.hasNext()) {
            Object element = deletes.next();
            if (!RemovedInSession.isRemoved(element, session)) {
                others.add(element);
            }
        }
        return others.iterator();
    }

    /**
     * Stands in for {@code persister.isAffectedByEnabledFilters(session)} in {@code CollectionUpdateAction}: an
     * emptied one-to-many of soft-deleted elements is written row by row, as under a filter, not by nulling every
     * foreign key to the owner at once.
     */
    public static boolean rowByRow(CollectionPersister persister, SharedSessionContractImplementor session) {
        // a composite index with a nullable part makes Hibernate recreate the collection, which it refuses to do
        // under a filter: such a collection is left to Hibernate
        return persister.isAffectedByEnabledFilters(session)
                || keepsKeysOfRemovedElements(persister) && !(persister.hasIndex() && persister.getIndexType() instanceof CompositeType);
    }

    /** A one-to-many's row is the element's own: the element's foreign key to its owner is part of what is kept. */
    private static boolean keepsKeysOfRemovedElements(CollectionPersister persister) {
        return persister.isOneToMany() && !persister.isInverse() && LiveElementRows.ofSoftDeletedElements(persister);
    }
}
