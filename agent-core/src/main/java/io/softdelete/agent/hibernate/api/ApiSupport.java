package io.softdelete.agent.hibernate.api;

import java.util.ArrayList;
import java.util.List;

import io.softdelete.agent.hibernate.journal.JournalRow;
import io.softdelete.agent.hibernate.journal.Restored;
import io.softdelete.agent.hibernate.journal.Restorer;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The opt-in API's operations, in the caller's session and transaction, answered in JDK types only: the API jar
 * shares no class with the agent.
 */
public final class ApiSupport {
    private ApiSupport() {
    }

    public static Object restore(Object session, Class<?> entity, Object id) {
        SessionImplementor caller = (SessionImplementor) session;
        Restorer restorer = new Restorer(caller.getFactory());
        EntityPersister persister = restorer.persisterOf(entity.getName());
        Restored restored = restorer.restoreRowIn(caller, persister, id);
        return new Object[] {restored.removalId(), refs(restored.restored()), refs(restored.stillRemoved()),
                List.copyOf(restored.notRestoredEntities())};
    }

    public static Object removalOf(Object session, Class<?> entity, Object id) {
        SessionImplementor caller = (SessionImplementor) session;
        Restorer restorer = new Restorer(caller.getFactory());
        JournalRow row = restorer.removalOf(caller, restorer.persisterOf(entity.getName()), id);
        return row == null ? null : new Object[] {row.removalId(), row.removedAt(), row.removedBy(), row.origin()};
    }

    private static List<String> refs(List<Restored.RowRef> rows) {
        List<String> refs = new ArrayList<>();
        for (Restored.RowRef row : rows) {
            refs.add(row.entityName() + "#" + row.rowId());
        }
        return refs;
    }
}
