package io.softdelete.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed, validated agent options: which entity classes are soft-deleted, and how.
 * Immutable; built by {@link AgentOptions}.
 */
public final class AgentConfig {
    private final Set<String> exactClassNames;
    private final List<String> packagePrefixes;
    private final EntitySettings defaults;
    private final Map<String, String> columnOverrides;
    private final Map<String, Strategy> strategyOverrides;
    private final CascadePolicy cascadePolicy;
    private final ReferencedRemoval referencedRemoval;

    AgentConfig(Set<String> exactClassNames, List<String> packagePrefixes, EntitySettings defaults,
                Map<String, String> columnOverrides, Map<String, Strategy> strategyOverrides,
                CascadePolicy cascadePolicy, ReferencedRemoval referencedRemoval) {
        this.exactClassNames = Collections.unmodifiableSet(new LinkedHashSet<>(exactClassNames));
        this.packagePrefixes = List.copyOf(packagePrefixes);
        this.defaults = defaults;
        this.columnOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(columnOverrides));
        this.strategyOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(strategyOverrides));
        this.cascadePolicy = cascadePolicy;
        this.referencedRemoval = referencedRemoval;
    }

    /** Whether the {@code entities} option selects this class, by name or by package pattern. */
    public boolean selects(String className) {
        if (exactClassNames.contains(className)) {
            return true;
        }
        for (String prefix : packagePrefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The settings of a selected class, with its per-entity overrides applied. */
    public EntitySettings settingsFor(String className) {
        return new EntitySettings(
                columnOverrides.getOrDefault(className, defaults.column()),
                strategyOverrides.getOrDefault(className, defaults.strategy()));
    }

    /** The classes named one by one in {@code entities}: each must be a mapped entity root. */
    public Set<String> exactClassNames() {
        return exactClassNames;
    }

    /** The classes named by a per-entity option ({@code <class>.column} or {@code <class>.strategy}). */
    public Set<String> overriddenClassNames() {
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
}
