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
import io.softdelete.agent.ReferencedRemoval;
import io.softdelete.agent.hibernate.ForeignKeyActions;
import io.softdelete.agent.hibernate.HibernateLines;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.SoftDeleteEntities.Unbound;
import org.hibernate.Version;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.mapping.Any;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.UnionSubclass;
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
    /** Of those roots, the fields the application maps on the flag column, which became read-only. */
    private final Map<String, List<String>> readOnlyFields = new LinkedHashMap<>();
    /** What the database would delete with a row, by the entity name of the row: see {@link #addDatabaseCascade}. */
    private final Map<String, List<ForeignKeyActions.Reach>> databaseCascades = new LinkedHashMap<>();
    /** The references that would stop the database from deleting a row, by its entity name: see {@link #addRestriction}. */
    private final Map<String, List<ForeignKeyActions.Reach>> restrictions = new LinkedHashMap<>();
    /** Entities a package selector selects but that are left as they are, with why. */
    private final Map<String, String> skipped = new LinkedHashMap<>();

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

    List<String> readOnlyFields(String rootEntityName) {
        return readOnlyFields.getOrDefault(rootEntityName, List.of());
    }

    Map<String, String> skipped() {
        return skipped;
    }

    /** What the agent does, through the foreign keys to a removed row, where the database would have. */
    Map<String, ForeignKeyActions.Actions> foreignKeyActions() {
        Map<String, ForeignKeyActions.Actions> actions = new LinkedHashMap<>();
        Set<String> entities = new LinkedHashSet<>(databaseCascades.keySet());
        entities.addAll(restrictions.keySet());
        for (String entity : entities) {
            actions.put(entity, new ForeignKeyActions.Actions(List.copyOf(databaseCascades.getOrDefault(entity, List.of())),
                    List.copyOf(restrictions.getOrDefault(entity, List.of()))));
        }
        return actions;
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
            Unbound unbound = SoftDeleteEntities.whyUnbound(root.getEntityName());
            String customDelete = customDelete(root);
            if (unbound == Unbound.ANNOTATED) {
                problems.add(describe(root) + " already carries @SoftDelete; remove it from option '"
                        + AgentOptions.ENTITIES + "' or remove the annotation");
            } else if (unbound == Unbound.VIEW) {
                if (isNamedExactly(root)) {
                    problems.add(describe(root) + " is a @Subselect entity: it maps a query, not a table, so it has no row"
                            + " to keep and no table for the flag column; remove it from option '" + AgentOptions.ENTITIES + "'");
                } else {
                    skipped.put(describe(root), "a @Subselect entity, with no table of its own");
                }
            } else if (customDelete != null) {
                problems.add(customDelete + " has its own delete statement (@SQLDelete, or <sql-delete> in hbm.xml), which"
                        + " decides itself what removal does; remove the hierarchy from option '" + AgentOptions.ENTITIES
                        + "' or remove the custom delete");
            } else if (SoftDeleteEntities.boundSettings(root.getEntityName()) == null || root.getSoftDeleteColumn() == null) {
                problems.add(describe(root) + " did not get its soft-delete column: the binding hook did not apply");
            } else {
                checkFlagFields(root);
                checkTablePerClassLine(root);
                roots.put(root.getEntityName(), root);
            }
        }
    }

    /** Hibernate 7.1 soft-deletes a TABLE_PER_CLASS hierarchy in its root's table only, which it may not have. */
    private void checkTablePerClassLine(RootClass root) {
        if (HibernateLines.has(hibernateLoader, HibernateLines.SINCE_7_2)) {
            return;
        }
        for (PersistentClass subclass : root.getSubclasses()) {
            if (subclass instanceof UnionSubclass) {
                problems.add(describe(root) + " is a TABLE_PER_CLASS hierarchy (<union-subclass> in hbm.xml), which Hibernate ORM "
                        + Version.getVersionString() + " soft-deletes in the root's table only (its bulk deletes and reads miss"
                        + " the other tables); the agent soft-deletes such hierarchies from Hibernate ORM 7.2 on: remove it"
                        + " from option '" + AgentOptions.ENTITIES + "', or upgrade Hibernate");
                return;
            }
        }
    }

    /**
     * A field the application maps on the flag column is read by Hibernate from what the strategy writes, and
     * compared with it in every restriction: its type must be the flag's, or every read fails.
     */
    private void checkFlagFields(RootClass root) {
        Column indicator = root.getSoftDeleteColumn();
        BasicValue.Resolution<?> flag = ((BasicValue) indicator.getValue()).resolve();
        List<String> readOnly = new ArrayList<>();
        for (FlagFields.FlagField field : FlagFields.of(root, indicator)) {
            BasicValue.Resolution<?> own = field.value().resolve();
            if (own.getRelationalJavaType().getJavaTypeClass() != flag.getRelationalJavaType().getJavaTypeClass()
                    || own.getJdbcType().getJdbcTypeCode() != flag.getJdbcType().getJdbcTypeCode()) {
                problems.add(root.getEntityName() + "." + field.path() + " maps the flag column " + indicator.getName()
                        + " as " + typeOf(own) + ", but strategy " + SoftDeleteEntities.boundSettings(root.getEntityName())
                        .strategy().optionValue() + " writes it as " + typeOf(flag) + "; map the field as "
                        + flag.getRelationalJavaType().getTypeName() + ", or choose another flag column with option '"
                        + AgentOptions.COLUMN + "'");
            }
            readOnly.add(field.path());
        }
        if (!readOnly.isEmpty()) {
            readOnlyFields.put(root.getEntityName(), readOnly);
        }
    }

    private static String typeOf(BasicValue.Resolution<?> resolution) {
        return resolution.getRelationalJavaType().getTypeName() + " (" + resolution.getJdbcType().getFriendlyName() + ")";
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
            if (!ownerSoftDeleted && property.getCascadeStyle().doCascade(CascadingActions.REMOVE)
                    && toOne instanceof OneToOne inverse && inverse.getMappedByProperty() != null) {
                checkKeptChildBlocksOwner(owner, path, target, inverse.getMappedByProperty());
            }
            if (toOne.getOnDeleteAction() == OnDeleteAction.CASCADE) {
                if (isSoftDeleted(target)) {
                    checkRemovedChild(path, "is " + ON_DELETE_CASCADE + ": removing a " + target + " removes its", owner);
                    addDatabaseCascade(target, owner, path, "from " + owner + " c join c." + attributePath(owner, path) + " p");
                } else if (ownerSoftDeleted) {
                    problems.add(path + " is " + ON_DELETE_CASCADE + ": the database deletes rows of " + owner + " when a "
                            + target + " is deleted; configure " + target + " too");
                }
            } else if (config.referencedRemoval() == ReferencedRemoval.REFUSE && isSoftDeleted(target)) {
                addRestriction(target, owner, path, toOne);
            }
        } else if (value instanceof Collection collection) {
            if (collection.getElement() instanceof Any elements) {
                checkManyToAny(path, elements);
                return;
            }
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
            if (!ownerSoftDeleted && property.getCascadeStyle().doCascade(CascadingActions.REMOVE)
                    && collection.getElement() instanceof OneToMany) {
                if (collection.isInverse() && collection.getMappedByProperty() != null) {
                    checkKeptChildBlocksOwner(owner, path, target, collection.getMappedByProperty());
                } else if (!collection.isInverse() && !collection.getKey().isNullable()) {
                    checkKeptChildKeyBlocksOwner(owner, path, target, collection);
                }
            }
            if (collection.getElement() instanceof OneToMany
                    && collection.getKey() instanceof SimpleValue key && key.getOnDeleteAction() == OnDeleteAction.CASCADE) {
                if (ownerSoftDeleted) {
                    checkRemovedChild(path, "is " + ON_DELETE_CASCADE + ": removing a " + owner + " removes its", target);
                    if (!isCascadedByItsManyToOne(collection, target)) {
                        addDatabaseCascade(owner, target, path, "from " + owner + " p join p." + attributePath(owner, path) + " c");
                    }
                } else if (isSoftDeleted(target)) {
                    problems.add(path + " is " + ON_DELETE_CASCADE + ": the database deletes rows of soft-deleted " + target
                            + " when its owner is deleted; configure the owner too");
                }
            }
        }
    }

    /**
     * Hibernate resolves each element of a {@code @ManyToAny} by its type and id, one by one: there is no query to
     * restrict, so a removed element would stay in the collection (or, where Hibernate 7.4 joins the element
     * tables, the collection would fail to load).
     */
    private void checkManyToAny(String path, Any elements) {
        Map<?, String> metaValues = elements.getMetaValues();
        // without explicit discriminator values, any entity may be an element
        Iterable<String> targets = metaValues == null || metaValues.isEmpty() ? entityNames() : metaValues.values();
        Set<String> softDeleted = new LinkedHashSet<>();
        for (String target : targets) {
            if (isSoftDeleted(target)) {
                softDeleted.add(target);
            }
        }
        if (!softDeleted.isEmpty()) {
            problems.add(path + " is a @ManyToAny whose elements may be soft-deleted " + String.join(", ", softDeleted)
                    + ": Hibernate resolves its elements one by one, so removed ones would stay in it; remove them from"
                    + " option '" + AgentOptions.ENTITIES + "', or map the collection otherwise");
        }
    }

    /**
     * An owner that is not soft-deleted cascades its removal to soft-deleted children that hold the foreign key to
     * it: they are flagged and kept, with their key, so the owner's own DELETE would fail on it every time.
     */
    /**
     * The same through a one-to-many's own join column that may not be null: Hibernate never nulls it, since the
     * children it cascades to are deleted before the owner; kept, they hold it.
     */
    private void checkKeptChildKeyBlocksOwner(String owner, String path, String child, Collection collection) {
        if (!isSoftDeleted(child)) {
            return;
        }
        for (ForeignKey key : collection.getCollectionTable().getForeignKeys().values()) {
            if (key.getColumns().equals(collection.getKey().getColumns()) && key.isCreationEnabled()
                    && key.getOnDeleteAction() != OnDeleteAction.CASCADE && key.getOnDeleteAction() != OnDeleteAction.SET_NULL) {
                problems.add(keptChildProblem(path, child, owner));
                return;
            }
        }
    }

    private void checkKeptChildBlocksOwner(String owner, String path, String child, String mappedBy) {
        if (!isSoftDeleted(child)) {
            return;
        }
        PersistentClass childBinding = metadata.getEntityBinding(child);
        Property key = childBinding == null ? null : childBinding.getRecursiveProperty(mappedBy);
        ForeignKey enforced = key != null && key.getValue() instanceof ToOne toOne ? foreignKeyOf(toOne) : null;
        if (enforced != null && enforced.isCreationEnabled() && enforced.getOnDeleteAction() != OnDeleteAction.CASCADE
                && enforced.getOnDeleteAction() != OnDeleteAction.SET_NULL) {
            problems.add(keptChildProblem(path, child, owner));
        }
    }

    private static String keptChildProblem(String path, String child, String owner) {
        return path + " cascades REMOVE to soft-deleted " + child + ", whose rows keep their foreign key to " + owner
                + ", which is not soft-deleted: its DELETE would fail on that key; add " + owner + " to option '"
                + AgentOptions.ENTITIES + "'";
    }

    private static String attributePath(String owner, String path) {
        return path.substring(owner.length() + 1);
    }

    /** A mapped-by collection whose many-to-one is {@code @OnDelete(CASCADE)} too: that one already reaches the rows. */
    private boolean isCascadedByItsManyToOne(Collection collection, String element) {
        if (!collection.isInverse() || collection.getMappedByProperty() == null) {
            return false;
        }
        PersistentClass elementBinding = metadata.getEntityBinding(element);
        Property mappedBy = elementBinding == null ? null : elementBinding.getRecursiveProperty(collection.getMappedByProperty());
        return mappedBy != null && mappedBy.getValue() instanceof ToOne toOne && toOne.getOnDeleteAction() == OnDeleteAction.CASCADE;
    }

    /**
     * The database deletes the rows of {@code child} that reference a deleted row of {@code parent}: it never
     * deletes a soft-deleted one, so the agent removes them when it flags the row. {@code from} names the
     * parent {@code p} and the child rows {@code c}.
     */
    private void addDatabaseCascade(String parent, String child, String association, String from) {
        PersistentClass childBinding = metadata.getEntityBinding(child);
        // a physical delete must go through the row's own class, to reach its subclass tables
        String selection = childBinding.hasSubclasses() ? "id(c), type(c)" : "id(c)";
        addReach(databaseCascades, parent, new ForeignKeyActions.Reach(child, association,
                "select " + selection + " " + from + " where id(p) = :id", null));
    }

    /**
     * The database refuses to delete a row that another row references through a foreign key with no
     * {@code ON DELETE} action. Only an enforced key counts: one the schema declares, from the columns of a to-one
     * on the referencing side.
     */
    private void addRestriction(String target, String owner, String path, ToOne toOne) {
        boolean keyOnThisSide = toOne instanceof ManyToOne || toOne instanceof OneToOne oneToOne && oneToOne.isConstrained();
        if (!keyOnThisSide || toOne.hasFormula()) {
            return;
        }
        ForeignKey key = foreignKeyOf(toOne);
        OnDeleteAction action = key == null ? null : key.getOnDeleteAction();
        if (key == null || !key.isCreationEnabled()
                || action != null && action != OnDeleteAction.NO_ACTION && action != OnDeleteAction.RESTRICT) {
            return;
        }
        // a key to the primary key is compared as it is, without joining the row it references
        String referencing = toOne.isReferenceToPrimaryKey()
                ? "select id(c) from " + owner + " c where fk(c." + attributePath(owner, path) + ") = :id"
                : "select id(c) from " + owner + " c join c." + attributePath(owner, path) + " p where id(p) = :id";
        addReach(restrictions, target, new ForeignKeyActions.Reach(owner, path, referencing, key.getName()));
    }

    private static ForeignKey foreignKeyOf(ToOne toOne) {
        for (ForeignKey key : toOne.getTable().getForeignKeys().values()) {
            if (key.getColumns().equals(toOne.getColumns())) {
                return key;
            }
        }
        return null;
    }

    private void addReach(Map<String, List<ForeignKeyActions.Reach>> reaches, String entity, ForeignKeyActions.Reach reach) {
        // the closure holds the entity itself
        for (PersistentClass subclass : metadata.getEntityBinding(entity).getSubclassClosure()) {
            reaches.computeIfAbsent(subclass.getEntityName(), ignored -> new ArrayList<>()).add(reach);
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
