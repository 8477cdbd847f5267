package io.softdelete.agent.hibernate.jmx;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.journal.JournalReader;
import io.softdelete.agent.hibernate.journal.JournalRow;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import io.softdelete.agent.hibernate.journal.Restored;
import io.softdelete.agent.hibernate.journal.Restorer;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The MBean of one persistence unit, registered in the platform MBean server when the unit boots and unregistered
 * when it closes. Local only: it is reachable remotely only where the application has opened remote JMX itself.
 * What it throws carries no class of the agent's or Hibernate's, so that a JMX client can read it.
 */
public final class SoftDeletesUnit implements SoftDeletesMXBean {
    public static final String DOMAIN = "io.softdelete";
    private static final String PERSISTENCE_UNIT_NAME = "hibernate.persistenceUnitName";

    private final String unit;
    private final SessionFactoryImplementor factory;

    private SoftDeletesUnit(String unit, SessionFactoryImplementor factory) {
        this.unit = unit;
        this.factory = factory;
    }

    /**
     * Off the boot thread: creating the platform MBean server, where the application has not, costs some 100 ms, which
     * the unit's start-up need not wait for. A unit closed before its MBean is registered never registers it.
     */
    public static void register(SessionFactoryImplementor factory) {
        Registration registration = new Registration(factory);
        factory.addObserver(registration);
        Thread thread = new Thread(registration::register, "soft-delete-agent MBean of " + unitName(factory));
        thread.setDaemon(true);
        thread.start();
    }

    /** The MBean of one unit, from registration to the unit's close. */
    private static final class Registration implements SessionFactoryObserver {
        private final SessionFactoryImplementor factory;
        private MBeanServer server;
        private ObjectName name;
        private boolean closed;

        Registration(SessionFactoryImplementor factory) {
            this.factory = factory;
        }

        private synchronized void register() {
            if (closed) {
                return;
            }
            String base = unitName(factory);
            server = ManagementFactory.getPlatformMBeanServer();
            synchronized (SoftDeletesUnit.class) {
                try {
                    String unit = base;
                    for (int n = 2; server.isRegistered(objectName(unit)); n++) {
                        unit = base + "-" + n;
                    }
                    server.registerMBean(new SoftDeletesUnit(unit, factory), objectName(unit));
                    name = objectName(unit);
                } catch (JMException e) {
                    System.err.println(SoftDeleteAgent.PREFIX + "could not register the MBean of unit " + base + ": " + e);
                }
            }
        }

        @Override
        public synchronized void sessionFactoryClosed(SessionFactory closedFactory) {
            closed = true;
            if (name != null) {
                try {
                    server.unregisterMBean(name);
                } catch (JMException | RuntimeException e) {
                    System.err.println(SoftDeleteAgent.PREFIX + "could not unregister " + name + ": " + e);
                }
            }
        }
    }

    private static String unitName(SessionFactoryImplementor factory) {
        Object unit = factory.getProperties().get(PERSISTENCE_UNIT_NAME);
        if (unit == null || unit.toString().isEmpty()) {
            unit = factory.getName();
        }
        return unit == null || unit.toString().isEmpty() ? "default" : unit.toString();
    }

    static ObjectName objectName(String unit) throws JMException {
        Hashtable<String, String> keys = new Hashtable<>();
        keys.put("type", "SoftDeletes");
        keys.put("unit", ObjectName.quote(unit));
        return new ObjectName(DOMAIN, keys);
    }

    @Override
    public String getUnit() {
        return unit;
    }

    @Override
    public String getJournal() {
        RemovalJournal journal = RemovalJournal.of(factory);
        return journal == null ? null : journal.table().sqlName();
    }

    @Override
    public List<String> getEntities() {
        List<String> entities = new ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            if (SoftDeleteEntities.isSoftDeleted(persister.getEntityName())) {
                entities.add(persister.getEntityName());
            }
        });
        return entities;
    }

    @Override
    public List<RemovalView> removals(String entity, String since, int limit) {
        return call(() -> {
            Restorer restorer = new Restorer(factory);
            Set<String> entities = entity == null || entity.isEmpty() ? Set.of()
                    : restorer.hierarchyNames(restorer.persisterOf(entity));
            Instant from = since == null || since.isEmpty() ? null : instant(since);
            List<RemovalView> views = new ArrayList<>();
            for (Map.Entry<String, List<JournalRow>> removal
                    : new JournalReader(factory).removals(entities, from, limit <= 0 ? Integer.MAX_VALUE : limit).entrySet()) {
                List<JournalRow> rows = removal.getValue();
                JournalRow root = rows.get(0);
                int restored = 0;
                for (JournalRow row : rows) {
                    if (row.isRoot()) {
                        root = row;
                    }
                    if (row.restoredAt() != null) {
                        restored++;
                    }
                }
                views.add(new RemovalView(removal.getKey(), root.removedAt().toString(), root.removedBy(), root.origin(),
                        root.entityName(), root.rowId(), rows.size(), restored));
            }
            return views;
        });
    }

    @Override
    public List<RowView> show(String removalId) {
        return call(() -> {
            List<RowView> views = new ArrayList<>();
            for (JournalRow row : new JournalReader(factory).removal(removalId)) {
                views.add(new RowView(row.entityName(), row.rowId(), row.parentEntity(), row.parentId(), row.origin(),
                        row.restoredAt() == null ? null : row.restoredAt().toString()));
            }
            return views;
        });
    }

    @Override
    public RestoreView restoreRemoval(String removalId) {
        return call(() -> view(new Restorer(factory).restoreRemoval(removalId)));
    }

    @Override
    public RestoreView restoreRow(String entity, String id) {
        return call(() -> view(new Restorer(factory).restoreRow(entity, id)));
    }

    private static RestoreView view(Restored restored) {
        List<String> rows = new ArrayList<>();
        restored.restored().forEach(row -> rows.add(row.entityName() + "#" + row.rowId()));
        List<String> above = new ArrayList<>();
        restored.stillRemoved().forEach(row -> above.add(row.entityName() + "#" + row.rowId()));
        return new RestoreView(restored.removalId(), rows, above, restored.notRestoredEntities());
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(SoftDeleteAgent.PREFIX + "'" + text + "' is not an ISO-8601 instant"
                    + " (e.g. 2026-12-01T00:00:00Z)");
        }
    }

    /** Only JDK exceptions, with the message and no cause, cross to the client. */
    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefixed(e));
        } catch (RuntimeException e) {
            throw new IllegalStateException(prefixed(e));
        }
    }

    private static String prefixed(RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.startsWith(SoftDeleteAgent.PREFIX) ? message : SoftDeleteAgent.PREFIX + message;
    }
}
