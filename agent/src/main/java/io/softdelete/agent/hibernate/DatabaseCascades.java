package io.softdelete.agent.hibernate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows the database deletes together with a row of a soft-deleted entity: those whose foreign key to it is
 * declared {@code ON DELETE CASCADE} ({@code @OnDelete(action = CASCADE)}). A soft-deleted row is never deleted, so
 * the database never deletes them; the agent removes them itself, when and as the database would, as it flags the
 * row. Recorded by the boot checks, by the entity name of the row (and of each of its subclasses).
 */
public final class DatabaseCascades {
    /**
     * The rows of {@code childEntity} that reference a row: {@code query} selects their ids (and, when the child has
     * subclasses, their types) given the row's id as parameter {@code id}.
     */
    public record Reach(String childEntity, String query) {
    }

    private static final Map<String, List<Reach>> BY_ENTITY = new ConcurrentHashMap<>();
    private static volatile boolean any;

    private DatabaseCascades() {
    }

    public static void activate(Map<String, List<Reach>> byEntityName) {
        byEntityName.forEach((entity, reaches) -> BY_ENTITY.put(entity, List.copyOf(reaches)));
        if (!byEntityName.isEmpty()) {
            any = true;
        }
    }

    /** Whether any soft-deleted entity of this JVM has rows that the database would cascade to: a cheap first test. */
    public static boolean any() {
        return any;
    }

    public static List<Reach> from(String entityName) {
        return BY_ENTITY.getOrDefault(entityName, List.of());
    }
}
