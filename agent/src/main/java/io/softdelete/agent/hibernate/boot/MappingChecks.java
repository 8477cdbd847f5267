package io.softdelete.agent.hibernate.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.softdelete.agent.AgentConfig;
import io.softdelete.agent.AgentOptions;
import io.softdelete.agent.CascadePolicy;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;

/**
 * Checks a persistence unit's boot model against the agent's options: every configured class is a mapped
 * entity root that got its soft-delete indicator, and no removal can physically reach a row the agent
 * does not protect.
 */
final class MappingChecks {
    private static final String LOADED_BY_SQL = "is loaded by SQL of its own (@SQLSelect, or <loader> naming an <sql-query>"
            + " in hbm.xml), which sees";
    private static final String ON_DELETE_CASCADE = "@OnDelete(CASCADE) (on-delete=\"cascade\" in hbm.xml)";

    private final MetadataImplementor metadata;
    private final AgentConfig config;
    private final ClassLoader hibernateLoader;
    private final List<String> problems = new ArrayList<>();
    /** Soft-deleted roots of this unit, by entity name, in mapping order. */
    private final Map<String, RootClass> roots = new LinkedHashMap<>();

    MappingChecks(MetadataImplementor metadata, AgentConfig config, ClassLoader hibernateLoader) {
        this.metadata = metadata;
        this.config = config;
        this.hibernateLoader = hibernateLoader;
    }

    List<String> run() {
        checkNamedEntities();
        checkSelectedEntities();
        if (problems.isEmpty()) {
            checkRemovalPaths();
            checkNativeLoaders();
        }
        return problems;
    }

    Map<String, RootClass> roots() {
        return roots;
    }

    /** Every entity name of the soft-deleted hierarchies. */
    Set<String> entityNames() {
        Set<String> names = new LinkedHashSet<>();
        for (RootClass root : roots.values()) {
            names.add(root.getEntityName());
            for (PersistentClass subclass : root.getSubclassClosure()) {
                names.add(subclass.getEntityName());
            }
        }
        return names;
    }

    private void checkNamedEntities() {
        for (String name : config.overriddenNames()) {
            for (PersistentClass binding : bindingsNamed(name)) {
                if (!(binding instanceof RootClass)) {
                    problems.add("a per-entity option names " + describe(binding) + ", which is not the root of its entity"
                            + " hierarchy; set it on " + binding.getRootClass().getEntityName() + ", which covers the whole hierarchy");
                }
            }
        }
        for (String name : config.exactNames()) {
            List<PersistentClass> bindings = bindingsNamed(name);
            if (bindings.isEmpty()) {
                String why = whyNotAnEntityOfThisUnit(name);
                if (why != null) {
                    problems.add(name + " " + why);
                }
            }
            for (PersistentClass binding : bindings) {
                if (!(binding instanceof RootClass)) {
                    problems.add(describe(binding) + " is not the root of its entity hierarchy; configure its root "
                            + binding.getRootClass().getEntityName() + ", which covers the whole hierarchy");
                }
            }
        }
    }

    /** The entities of this unit with this entity name, or mapped from the class of this name. */
    private List<PersistentClass> bindingsNamed(String name) {
        List<PersistentClass> named = new ArrayList<>();
        for (PersistentClass binding : metadata.getEntityBindings()) {
            if (name.equals(binding.getEntityName()) || name.equals(binding.getClassName())) {
                named.add(binding);
            }
        }
        return named;
    }

    private boolean isNamedExactly(PersistentClass binding) {
        return config.exactNames().contains(binding.getEntityName())
                || binding.getClassName() != null && config.exactNames().contains(binding.getClassName());
    }

    private boolean isSelected(PersistentClass binding) {
        return config.selects(binding.getEntityName(), binding.getClassName());
    }

    /** The entity name, and the class where an hbm.xml entity-name differs from it. */
    private static String describe(PersistentClass binding) {
        String className = binding.getClassName();
        return className == null || className.equals(binding.getEntityName()) ? binding.getEntityName()
                : binding.getEntityName() + " (class " + className + ")";
    }

    /** {@code null} when the class is an entity that merely belongs to another persistence unit. */
    private String whyNotAnEntityOfThisUnit(String name) {
        Class<?> type;
        try {
            type = Class.forName(name, false, hibernateLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return "named in option '" + AgentOptions.ENTITIES + "' was not found";
        }
        for (var annotation : type.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.persistence.Entity")) {
                return null;
            }
        }
        return "named in option '" + AgentOptions.ENTITIES + "' is not a mapped entity";
    }

    private void checkSelectedEntities() {
        for (PersistentClass binding : metadata.getEntityBindings()) {
            if (!isSelected(binding)) {
                continue;
            }
            RootClass root = binding.getRootClass();
            if (binding != root) {
                if (!isSelected(root) && !isNamedExactly(binding)) {
                    problems.add(describe(binding) + " is selected by " + config.packageSelectors()
                            + " but its hierarchy root " + root.getEntityName() + " is not; configure the root");
                }
                continue;
            }
            String customDelete = customDelete(root);
            if (SoftDeleteEntities.isAnnotated(root.getEntityName())) {
                problems.add(describe(root) + " already carries @SoftDelete; remove it from option '"
                        + AgentOptions.ENTITIES + "' or remove the annotation");
            } else if (customDelete != null) {
                problems.add(customDelete + " has its own delete statement (@SQLDelete, or <sql-delete> in hbm.xml), which"
                        + " decides itself what removal does; remove the hierarchy from option '" + AgentOptions.ENTITIES
                        + "' or remove the custom delete");
            } else if (SoftDeleteEntities.boundSettings(root.getEntityName()) == null || root.getSoftDeleteColumn() == null) {
                problems.add(describe(root) + " did not get its soft-delete column: the binding hook did not apply");
            } else {
                roots.put(root.getEntityName(), root);
            }
        }
    }

    /** The first class of the hierarchy that defines its own DELETE statement, or {@code null}. */
    private static String customDelete(RootClass root) {
        if (root.getCustomSQLDelete() != null) {
            return root.getEntityName();
        }
        for (PersistentClass subclass : root.getSubclassClosure()) {
            if (subclass.getCustomSQLDelete() != null) {
                return subclass.getEntityName();
            }
        }
        return null;
    }

    private boolean isSoftDeleted(String entityName) {
        PersistentClass binding = metadata.getEntityBinding(entityName);
        return binding != null && roots.containsKey(binding.getRootClass().getEntityName());
    }

    private void checkRemovalPaths() {
        for (PersistentClass binding : metadata.getEntityBindings()) {
            boolean softDeleted = roots.containsKey(binding.getRootClass().getEntityName());
            for (Property property : propertiesOf(binding)) {
                checkProperty(binding.getEntityName(), binding.getEntityName() + "." + property.getName(), property, softDeleted);
            }
        }
    }

    /**
     * A loader of native SQL reads what its SQL says, soft-deleted rows included, where {@code find} and
     * collections must not see them; a loader of HQL gets the live-row restriction like any query.
     */
    private void checkNativeLoaders() {
        for (PersistentClass binding : metadata.getEntityBindings()) {
            if (roots.containsKey(binding.getRootClass().getEntityName()) && isNativeQuery(binding.getLoaderName())) {
                problems.add(describe(binding) + " " + LOADED_BY_SQL + " soft-deleted rows; remove the hierarchy from option '"
                        + AgentOptions.ENTITIES + "', or load it with HQL (@HQLSelect, or <loader> naming a <query>)");
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            String target = elementEntity(collection);
            if (target != null && isSoftDeleted(target) && isNativeQuery(collection.getLoaderName())) {
                problems.add(collection.getRole() + " " + LOADED_BY_SQL + " soft-deleted " + target
                        + "; load it with HQL (@HQLSelect, or <loader> naming a <query>)");
            }
        }
    }

    private boolean isNativeQuery(String queryName) {
        return queryName != null && metadata.getNamedNativeQueryMapping(queryName) != null;
    }

    private static List<Property> propertiesOf(PersistentClass binding) {
        Set<Property> properties = new LinkedHashSet<>(binding.getProperties());
        for (Join join : binding.getJoins()) {
            properties.addAll(join.getProperties());
        }
        return new ArrayList<>(properties);
    }

    private void checkProperty(String owner, String path, Property property, boolean ownerSoftDeleted) {
        Value value = property.getValue();
        if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                checkProperty(owner, path + "." + nested.getName(), nested, ownerSoftDeleted);
            }
            return;
        }
        boolean cascadesRemoval = property.getCascadeStyle().doCascade(CascadingActions.REMOVE)
                || property.getCascadeStyle().hasOrphanDelete();
        if (value instanceof ToOne toOne) {
            String target = toOne.getReferencedEntityName();
            if (ownerSoftDeleted && cascadesRemoval) {
                checkRemovedChild(path, "cascades REMOVE to", target);
            }
            if (ownerSoftDeleted && toOne.getOnDeleteAction() == OnDeleteAction.CASCADE && !isSoftDeleted(target)) {
                problems.add(path + " is " + ON_DELETE_CASCADE + ": the database deletes rows of " + owner + " when a " + target
                        + " is deleted; configure " + target + " too");
            }
        } else if (value instanceof Collection collection) {
            if (collection.getElement() instanceof Component element) {
                for (Property nested : element.getProperties()) {
                    checkProperty(owner, path + "." + nested.getName(), nested, ownerSoftDeleted);
                }
                return;
            }
            String target = elementEntity(collection);
            if (target == null) {
                return;
            }
            if (ownerSoftDeleted && (cascadesRemoval || collection.hasOrphanDelete())) {
                checkRemovedChild(path, collection.hasOrphanDelete() ? "removes orphans of" : "cascades REMOVE to", target);
            }
            if (!ownerSoftDeleted && collection.getElement() instanceof OneToMany
                    && collection.getKey() instanceof SimpleValue key && key.getOnDeleteAction() == OnDeleteAction.CASCADE && isSoftDeleted(target)) {
                problems.add(path + " is " + ON_DELETE_CASCADE + ": the database deletes rows of soft-deleted " + target
                        + " when its owner is deleted; configure the owner too");
            }
        }
    }

    private static String elementEntity(Collection collection) {
        if (collection.getElement() instanceof OneToMany oneToMany) {
            return oneToMany.getReferencedEntityName();
        }
        if (collection.getElement() instanceof ManyToOne manyToMany) {
            return manyToMany.getReferencedEntityName();
        }
        return null;
    }

    private void checkRemovedChild(String path, String how, String target) {
        if (isSoftDeleted(target) || config.cascadePolicy() == CascadePolicy.HARD_DELETE) {
            return;
        }
        problems.add(path + " " + how + " " + target + ", which is not soft-deleted, so it would be physically deleted;"
                + " add it to option '" + AgentOptions.ENTITIES + "', or set " + AgentOptions.CASCADE_TO_UNCONFIGURED
                + "=" + CascadePolicy.HARD_DELETE.optionValue() + " to delete such children for good");
    }
}
