package sample.zoo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import sample.zoo.hbm.Note;

/**
 * Entities with no class, mapped in {@code hbm.xml} by entity name ({@code sample/zoo/hbm/dynamic.hbm.xml}): each
 * row is a {@code Map}. Accounts own their entries ({@code cascade="all-delete-orphan"}); a transfer refers to an
 * account, a board lists accounts through a join table. And one class, {@link Note}, mapped under two entity names.
 */
public final class HbmDynamicCase implements ZooCase {

    @Override
    public List<Class<?>> entities() {
        return List.of();
    }

    @Override
    public List<String> mappingFiles() {
        return List.of("sample/zoo/hbm/dynamic.hbm.xml");
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Session session = em.unwrap(Session.class);
            // account i owns entries 10 * i + 1 and 10 * i + 2; account 3 is a savings account
            Set<Object> boardAccounts = new HashSet<>();
            for (long i = 1; i <= 3; i++) {
                Set<Object> entries = new HashSet<>();
                for (long j = 1; j <= 2; j++) {
                    entries.add(row("id", 10 * i + j, "amount", (int) j));
                }
                Map<String, Object> account = row("id", i, "name", "a" + i, "entries", entries);
                if (i == 3) {
                    account.put("rate", 2);
                }
                session.persist(i == 3 ? "SavingsAccount" : "Account", account);
                if (i > 1) {
                    boardAccounts.add(account);
                }
                if (i == 3) {
                    session.persist("Transfer", row("id", 1L, "account", account));
                }
            }
            session.persist("Board", row("id", 1L, "accounts", boardAccounts));
            session.persist("OpenNote", new Note(1L, "open 1"));
            session.persist("OpenNote", new Note(2L, "open 2"));
            session.persist("ArchivedNote", new Note(1L, "archived 1"));
        });
        observer.attempt("remove", em -> em.remove(find(em.unwrap(Session.class), "Account", 1L)));
        observer.attempt("orphan", em -> {
            Session session = em.unwrap(Session.class);
            ((Collection<?>) find(session, "Account", 2L).get("entries")).remove(find(session, "Entry", 21L));
        });
        observer.bulk("bulkDelete", "delete from Account a where a.id = 3");
        observer.attempt("statelessDelete", em -> {
            try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                session.delete("Entry", session.get("Entry", 32L));
                session.getTransaction().commit();
            }
        });
        observer.attempt("removeOpenNote", em -> em.remove(em.unwrap(Session.class).get("OpenNote", 1L)));
        observer.attempt("removeArchivedNote", em -> em.remove(em.unwrap(Session.class).get("ArchivedNote", 1L)));

        observer.read("find", em -> find(em.unwrap(Session.class), "Account", 1L));
        observer.read("accounts", em -> em.createQuery("select a.id from Account a order by a.id", Long.class).getResultList());
        observer.read("entries", em -> em.createQuery("select e.id from Entry e order by e.id", Long.class).getResultList());
        observer.read("account2.entries", em -> ids(find(em.unwrap(Session.class), "Account", 2L).get("entries")));
        observer.read("board.accounts", em -> ids(find(em.unwrap(Session.class), "Board", 1L).get("accounts")));
        observer.read("join", em -> em.createQuery("select t.id from Transfer t join t.account a", Long.class).getResultList());
        observer.read("transfer.account", em -> map(find(em.unwrap(Session.class), "Transfer", 1L).get("account")).get("name"));
        observer.read("openNotes", em -> em.createQuery("select n.text from OpenNote n order by n.id", String.class).getResultList());
        observer.read("archivedNotes", em -> em.createQuery("select n.text from ArchivedNote n", String.class).getResultList());
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** By entity name as Hibernate 6.6 and 7 both can: {@code find(String, Object)} is 7's only. */
    private static Map<String, Object> find(Session session, String entityName, long id) {
        return map(session.get(entityName, id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object row) {
        return (Map<String, Object>) row;
    }

    private static Set<Object> ids(Object rows) {
        Set<Object> ids = new TreeSet<>();
        for (Object row : (Collection<?>) rows) {
            ids.add(map(row).get("id"));
        }
        return ids;
    }
}
