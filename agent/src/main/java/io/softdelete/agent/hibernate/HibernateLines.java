package io.softdelete.agent.hibernate;

/**
 * Where the supported Hibernate ORM lines differ, each told by a class that line added. Hooks ask for them with
 * {@code Hooks.canSee} and the boot checks through the Hibernate class loader's resources: the class is never
 * loaded. Everything else the agent hooks and calls is the same on every supported line (the reference check,
 * {@code HibernateReferencesTest}, holds that against each release the build names).
 */
public final class HibernateLines {
    /**
     * From 7.2 on. Before it, a soft bulk delete updates only the root's table ({@code softDeleteTargets} does not
     * exist) and reads of a TABLE_PER_CLASS hierarchy miss its tables: such hierarchies are refused on 7.1.
     */
    public static final String SINCE_7_2 = "org.hibernate.engine.spi.TransactionCompletionCallbacks";
    /** From 7.4 on: state management, through which to-one associations reach the soft-delete mapping. */
    public static final String SINCE_7_4 = "org.hibernate.metamodel.mapping.AuxiliaryMapping";

    private HibernateLines() {
    }

    /** Whether the Hibernate that this loader sees has the marker's class. */
    public static boolean has(ClassLoader hibernateLoader, String marker) {
        return hibernateLoader.getResource(marker.replace('.', '/') + ".class") != null;
    }
}
