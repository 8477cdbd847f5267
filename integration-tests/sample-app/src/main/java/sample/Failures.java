package sample;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Runs one operation in a transaction of its own and counts how it failed, by operation and root cause, so that
 * the failures of a workload with the agent can be compared with those of the same workload without it.
 */
final class Failures {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** Whether {@code work} committed; a failure is counted and rolled back. */
    boolean attempt(EntityManagerFactory emf, String operation, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
            return true;
        } catch (RuntimeException e) {
            count(operation, e);
            return false;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    void count(String operation, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        counts.merge(operation + ": " + root.getClass().getSimpleName(), 1, Integer::sum);
    }

    Map<String, Integer> byKind() {
        return new TreeMap<>(counts);
    }
}
