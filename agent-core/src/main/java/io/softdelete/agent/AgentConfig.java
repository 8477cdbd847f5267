package io.softdelete.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed, validated agent options: which entities are soft-deleted, and how. A selector is a name: an
 * entity is selected when it names the entity's entity name or its class (both the same but for
 * {@code hbm.xml} mappings that give an entity-name, and dynamic-map entities, which have no class).
 * Immutable; built by {@link AgentOptions}.
 */
public final class AgentConfig {
    private final Set<String> exactNames;
    private final List<String> packagePrefixes;
    private final EntitySettings defaults;
    private final Map<String, String> columnOverrides;
    private final Map<String, Strategy> strategyOverrides;
    private final CascadePolicy cascadePolicy;
    private final ReferencedRemoval referencedRemoval;
    private final String journalTable;
    private final RemovedBy removedBy;

    AgentConfig(Set<String> exactNames, List<String> packagePrefixes, EntitySettings defaults,
                Map<String, String> columnOverrides, Map<String, Strategy> strategyOverrides,
                CascadePolicy cascadePolicy, ReferencedRemoval referencedRemoval, String journalTable, RemovedBy removedBy) {
        this.exactNames = Collections.unmodifiableSet(new LinkedHashSet<>(exactNames));
        this.packagePrefixes = List.copyOf(packagePrefixes);
        this.defaults = defaults;
        this.columnOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(columnOverrides));
        this.strategyOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(strategyOverrides));
        this.cascadePolicy = cascadePolicy;
        this.referencedRemoval = referencedRemoval;
        this.journalTable = journalTable;
        this.removedBy = removedBy;
    }

    /** Whether the {@code entities} option selects this name, exactly or by package pattern. */
    public boolean selects(String name) {
        if (exactNames.contains(name)) {
            return true;
        }
        for (String prefix : packagePrefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code entities} option selects this entity by its entity name or by its class ({@code null}: none). */
    public boolean selects(String entityName, String className) {
        return selects(entityName) || className != null && selects(className);
    }

    /** The settings of the selected entity or class of this name, with its per-entity overrides applied. */
    public EntitySettings settingsFor(String name) {
        return settingsFor(name, null);
    }

    /**
     * The settings of a selected entity, with its per-entity overrides applied: those set on its entity name
     * win over those set on its class, which may be mapped under several entity names.
     */
    public EntitySettings settingsFor(String entityName, String className) {
        return new EntitySettings(
                override(columnOverrides, entityName, className, defaults.column()),
                override(strategyOverrides, entityName, className, defaults.strategy()));
    }

    private static <T> T override(Map<String, T> overrides, String entityName, String className, T otherwise) {
        T byEntityName = overrides.get(entityName);
        if (byEntityName != null) {
            return byEntityName;
        }
        return className == null ? otherwise : overrides.getOrDefault(className, otherwise);
    }

    /** The names given one by one in {@code entities}: each must name a mapped entity root. */
    public Set<String> exactNames() {
        return exactNames;
    }

    /** The names a per-entity option ({@code <name>.column} or {@code <name>.strategy}) is set on. */
    public Set<String> overriddenNames() {
        Set<String> names = new LinkedHashSet<>(columnOverrides.keySet());
        names.addAll(strategyOverrides.keySet());
        return names;
    }

    /** The {@code pkg.*} selectors, as written. */
    public List<String> packageSelectors() {
        List<String> selectors = new ArrayList<>();
        for (String prefix : packagePrefixes) {
            selectors.add(prefix + "*");
        }
        return selectors;
    }

    public CascadePolicy cascadePolicy() {
        return cascadePolicy;
    }

    public ReferencedRemoval referencedRemoval() {
        return referencedRemoval;
    }

    /** The removal journal's table (option {@code journal}), {@code null} when there is no journal. */
    public String journalTable() {
        return journalTable;
    }

    public RemovedBy removedBy() {
        return removedBy;
    }
}
