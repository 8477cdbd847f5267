package io.softdelete.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Restores removed rows and reads removals, for an application that opts in, through the soft-delete agent running
 * in this JVM ({@code -javaagent:soft-delete-agent.jar=...}). This jar carries no implementation: the running agent
 * binds it; without the agent every method throws {@link IllegalStateException}. So do refusals (an entity that is not
 * soft-deleted, a row that is not removed, a restore that cannot be made), with a message beginning
 * {@code soft-delete-agent:}.
 */
public final class SoftDeletes {
    /**
     * The hint by which an application reads removed rows: on an EntityManager ({@code setProperty}, or the map of
     * {@code createEntityManager}) for everything it reads (queries, {@code find}, {@code getReference}, the collections
     * it loads), or on one query ({@code setHint}, Spring Data's {@code @QueryHints}). The agent reads it; without the
     * agent, Hibernate ignores it.
     */
    public static final String REMOVED_HINT = "softdelete.removed";
    /** {@link #REMOVED_HINT}: live and removed rows. */
    public static final String INCLUDE = "include";
    /**
     * {@link #REMOVED_HINT}: removed rows only, of the query's first root and of a {@code find}; what is joined to them
     * or reached from them comes live or removed, as with {@link #INCLUDE}.
     */
    public static final String ONLY = "only";

    private static final String BRIDGE = "io.softdelete.agent.bootstrap.ApiBridge";

    private SoftDeletes() {
    }

    /**
     * Restores the row of that entity with that id, in the caller's EntityManager and transaction, with what its
     * removal cascaded from it where the removal journal has it (rows above it stay removed); without a journal, the
     * row alone. A rollback of the caller's transaction takes the restore back.
     */
    public static Restored restore(EntityManager entityManager, Class<?> entity, Object id) {
        Object[] result = (Object[]) call("restore", entityManager, entity, id);
        return new Restored((String) result[0], strings(result[1]), strings(result[2]), strings(result[3]));
    }

    /**
     * The removal that removed that row and has not been restored, from the removal journal; empty when the row is
     * not removed, or was removed before the journal. Throws where the persistence unit keeps no journal.
     */
    public static Optional<Removal> removalOf(EntityManager entityManager, Class<?> entity, Object id) {
        Object[] removal = (Object[]) call("removalOf", entityManager, entity, id);
        return removal == null ? Optional.empty()
                : Optional.of(new Removal((String) removal[0], (Instant) removal[1], (String) removal[2], (String) removal[3]));
    }

    /** One removal: its id, when, by whom ({@code null}: not known), and how it began (remove, orphan, bulk, stateless). */
    public record Removal(String id, Instant removedAt, String removedBy, String origin) {
    }

    /**
     * What a restore did: the rows it restored ({@code entity#id}); those above the restored row in its removal, which
     * stay removed; and, with no journal to tell, the entities its removal may have cascaded to, not restored.
     */
    public record Restored(String removalId, List<String> restored, List<String> stillRemoved, List<String> notRestoredEntities) {
    }

    private static Object call(String operation, EntityManager entityManager, Class<?> entity, Object id) {
        Method method;
        try {
            method = Class.forName(BRIDGE, true, ClassLoader.getSystemClassLoader())
                    .getMethod(operation, Object.class, Class.class, Object.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("soft-delete-agent: the agent is not running in this JVM; start it with"
                    + " -javaagent:soft-delete-agent.jar=...", e);
        }
        try {
            return method.invoke(null, entityManager, entity, id);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return List.copyOf((List<String>) list);
    }
}
