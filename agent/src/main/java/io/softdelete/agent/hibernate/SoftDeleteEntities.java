package io.softdelete.agent.hibernate;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.softdelete.agent.EntitySettings;

/**
 * The entities this copy of Hibernate soft-deletes. Roots are recorded while the boot model is bound;
 * whole hierarchies once a persistence unit passes the boot checks. Everything that decides at run time
 * whether an entity is ours asks here.
 */
public final class SoftDeleteEntities {
    private static final Map<String, EntitySettings> BOUND_ROOTS = new ConcurrentHashMap<>();
    private static final Set<String> ANNOTATED_ROOTS = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> MIRROR_FIELDS = new ConcurrentHashMap<>();
    private static final Set<String> ENTITY_NAMES = ConcurrentHashMap.newKeySet();

    private SoftDeleteEntities() {
    }

    public static void bound(String rootEntityName, EntitySettings settings) {
        BOUND_ROOTS.put(rootEntityName, settings);
    }

    /** A configured root that already carries {@code @SoftDelete}: the boot checks refuse it. */
    public static void rejectAnnotated(String rootEntityName) {
        ANNOTATED_ROOTS.add(rootEntityName);
    }

    public static void mirroredBy(String rootEntityName, String fieldName) {
        MIRROR_FIELDS.put(rootEntityName, fieldName);
    }

    public static EntitySettings boundSettings(String rootEntityName) {
        return BOUND_ROOTS.get(rootEntityName);
    }

    public static boolean isAnnotated(String rootEntityName) {
        return ANNOTATED_ROOTS.contains(rootEntityName);
    }

    public static String mirrorField(String rootEntityName) {
        return MIRROR_FIELDS.get(rootEntityName);
    }

    /** Called by the boot checks with every entity name of a soft-deleted hierarchy. */
    public static void activate(Set<String> hierarchyEntityNames) {
        ENTITY_NAMES.addAll(hierarchyEntityNames);
    }

    /** Whether the entity (root or subclass) is soft-deleted by the agent. */
    public static boolean isSoftDeleted(String entityName) {
        return ENTITY_NAMES.contains(entityName);
    }
}
