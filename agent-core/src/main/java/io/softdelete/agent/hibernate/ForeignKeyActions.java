package io.softdelete.agent.hibernate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the database does, through the foreign keys that reference a row, when the row is deleted; a soft-deleted
 * row never is, so the agent does it when it flags the row. Recorded by the boot checks, by the entity name of the
 * row (and of each of its subclasses).
 * <ul>
 * <li>Cascades: the rows whose foreign key is declared {@code ON DELETE CASCADE} ({@code @OnDelete(action =
 * CASCADE)}) are removed with it.</li>
 * <li>Restrictions, under {@code referencedRemoval=refuse}: a live row whose to-one foreign key has no
 * {@code ON DELETE} action makes the removal fail.</li>
 * </ul>
 */
public final class ForeignKeyActions {
    /**
     * The rows of {@code childEntity} that reference a row through {@code association}: {@code query} selects their
     * ids (and, when the child has subclasses, their types) given the row's id as parameter {@code id}.
     * {@code constraint} names the foreign key, if the boot model knows it.
     */
    public record Reach(String childEntity, String association, String query, String constraint) {
    }

    /** What one entity's rows are subject to; either list may be empty. */
    public record Actions(List<Reach> cascades, List<Reach> restrictions) {
        static final Actions NONE = new Actions(List.of(), List.of());
    }

    private static final Map<String, Actions> BY_ENTITY = new ConcurrentHashMap<>();
    private static volatile boolean any;

    private ForeignKeyActions() {
    }

    public static void activate(Map<String, Actions> byEntityName) {
        BY_ENTITY.putAll(byEntityName);
        if (!byEntityName.isEmpty()) {
            any = true;
        }
    }

    /** Whether any entity of this JVM has foreign key actions to apply: a cheap first test. */
    public static boolean any() {
        return any;
    }

    public static Actions of(String entityName) {
        return BY_ENTITY.getOrDefault(entityName, Actions.NONE);
    }
}
