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
    private static final Map<String, Unbound> UNBOUND_ROOTS = new ConcurrentHashMap<>();
    private static final Set<String> ENTITY_NAMES = ConcurrentHashMap.newKeySet();

    /** Why a selected root did not get the soft-delete mapping; the boot checks refuse it or report it. */
    public enum Unbound {
        /** It carries Hibernate's own {@code @SoftDelete}. */
        ANNOTATED,
        /** It maps a query ({@code @Subselect}), not a table. */
        VIEW
    }

    private SoftDeleteEntities() {
    }

    public static void bound(String rootEntityName, EntitySettings settings) {
        BOUND_ROOTS.put(rootEntityName, settings);
    }

    public static void unbound(String rootEntityName, Unbound why) {
        UNBOUND_ROOTS.put(rootEntityName, why);
    }

    public static EntitySettings boundSettings(String rootEntityName) {
        return BOUND_ROOTS.get(rootEntityName);
    }

    /** {@code null} unless the root was selected and left unbound. */
    public static Unbound whyUnbound(String rootEntityName) {
        return UNBOUND_ROOTS.get(rootEntityName);
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
