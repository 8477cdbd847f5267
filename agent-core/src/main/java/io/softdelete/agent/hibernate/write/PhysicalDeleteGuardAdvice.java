package io.softdelete.agent.hibernate.write;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.HibernateException;
import org.hibernate.persister.entity.EntityPersister;

public final class PhysicalDeleteGuardAdvice {
    private PhysicalDeleteGuardAdvice() {
    }

    public static void refusePhysicalDelete(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof EntityPersister persister && SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
                String message = SoftDeleteAgent.PREFIX + "refusing to build a physical DELETE for soft-deleted entity "
                        + persister.getEntityName();
                System.err.println(message);
                throw new HibernateException(message);
            }
        }
    }
}
