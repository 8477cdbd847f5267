package io.softdelete.agent.hibernate.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;

/** Reads a unit's removal journal, in a session of its own. */
public final class JournalReader {
    private final SessionFactoryImplementor factory;
    private final RemovalJournal journal;

    public JournalReader(SessionFactoryImplementor factory) {
        this.factory = factory;
        this.journal = RemovalJournal.of(factory);
        if (journal == null) {
            throw new RestoreRefused("this persistence unit has no removal journal (option journal)");
        }
    }

    /** See {@link JournalQueries#removals}. */
    public Map<String, List<JournalRow>> removals(Set<String> entityNames, Instant since, int limit) {
        try (Session session = factory.openSession()) {
            return session.doReturningWork(connection -> new JournalQueries(journal, (SessionImplementor) session, connection)
                    .removals(entityNames, since, limit));
        }
    }

    public List<JournalRow> removal(String removalId) {
        try (Session session = factory.openSession()) {
            List<JournalRow> rows = session.doReturningWork(connection ->
                    new JournalQueries(journal, (SessionImplementor) session, connection).removal(removalId));
            if (rows.isEmpty()) {
                throw new RestoreRefused("there is no removal " + removalId + " in the journal");
            }
            return rows;
        }
    }
}
