package sample.zoo;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import sample.Observations;

/** Prints {@code observe <case>.<key>=<value>} lines, and runs the work of a case in transactions. */
public final class Observer {
    private final String caseName;
    private final EntityManagerFactory emf;

    Observer(String caseName, EntityManagerFactory emf) {
        this.caseName = caseName;
        this.emf = emf;
    }

    public void observe(String key, Object value) {
        Observations.observe(caseName + "." + key, value);
    }

    /** Runs the work in a transaction of its own; observes {@code key} as {@code ok} or as the exception it threw. */
    public void attempt(String key, Consumer<EntityManager> work) {
        try {
            inTransaction(work);
            observe(key, "ok");
        } catch (RuntimeException e) {
            observe(key, failure(e));
        }
    }

    /** Runs a bulk statement in a transaction of its own; observes {@code key} as its count or the exception it threw. */
    public void bulk(String key, String statement) {
        int[] count = new int[1];
        try {
            inTransaction(em -> count[0] = em.createQuery(statement).executeUpdate());
            observe(key, count[0]);
        } catch (RuntimeException e) {
            observe(key, failure(e));
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Observes what the read returns, or the exception it threw, in an EntityManager of its own. */
    public void read(String key, Function<EntityManager, Object> work) {
        EntityManager em = emf.createEntityManager();
        try {
            observe(key, work.apply(em));
        } catch (RuntimeException e) {
            observe(key, failure(e));
        } finally {
            em.close();
        }
    }

    /** The exception and its causes, as {@code Outer/Cause: root message}. */
    static String failure(Throwable e) {
        if (Boolean.getBoolean("zoo.traces")) {
            e.printStackTrace();
        }
        StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
        Throwable root = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            chain.append('/').append(cause.getClass().getSimpleName());
            root = cause;
        }
        String message = String.valueOf(root.getMessage()).replace('\n', ' ');
        return "failed " + chain + ": " + message;
    }
}
