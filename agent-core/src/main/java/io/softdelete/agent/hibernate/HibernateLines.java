package io.softdelete.agent.hibernate;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.List;
import java.util.jar.Attributes;

/**
 * Where the supported Hibernate ORM lines differ, each told by a class that line added. Hooks ask for them with
 * {@code Hooks.canSee} and the boot checks through the Hibernate class loader's resources: the class is never
 * loaded. Where a Hibernate call differs between 6.6 and 7.x, the shared advice makes it through {@link LineApi}; where
 * a hooked method differs, the hook's instrumentation chooses by these markers, so that exactly one variant matches
 * each supported line. The reference check, {@code HibernateReferencesTest}, holds both against each release the
 * build names.
 */
public final class HibernateLines {
    /** The Hibernate ORM lines this agent is tested against, as {@code major.minor}; the version gate refuses others. */
    public static final List<String> SUPPORTED = List.of("6.6", "7.1", "7.2", "7.3", "7.4");
    /** From 7.0 on; without it, the Hibernate is the 6.6 line (the version gate refuses every other). */
    public static final String SINCE_7 = "org.hibernate.query.QueryFlushMode";
    /**
     * From 7.2 on. Before it, a soft bulk delete updates only the root's table ({@code softDeleteTargets} does not
     * exist) and reads of a TABLE_PER_CLASS hierarchy miss its tables: such hierarchies are refused on 7.1.
     */
    public static final String SINCE_7_2 = "org.hibernate.engine.spi.TransactionCompletionCallbacks";
    /** From 7.4 on: state management, through which to-one associations reach the soft-delete mapping. */
    public static final String SINCE_7_4 = "org.hibernate.metamodel.mapping.AuxiliaryMapping";

    private HibernateLines() {
    }

    /**
     * The version of the Hibernate ORM jar this loader sees, from that jar's manifest, without loading a class of it;
     * {@code null} where it cannot be read.
     */
    public static String versionOf(ClassLoader hibernateLoader) {
        URL version = hibernateLoader.getResource("org/hibernate/Version.class");
        try {
            if (version != null && version.openConnection() instanceof JarURLConnection jar && jar.getManifest() != null) {
                Attributes attributes = jar.getManifest().getMainAttributes();
                String implementation = attributes.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                return implementation != null ? implementation : attributes.getValue(Attributes.Name.SPECIFICATION_VERSION);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Whether the Hibernate that this loader sees has the marker's class. */
    public static boolean has(ClassLoader hibernateLoader, String marker) {
        return hibernateLoader.getResource(marker.replace('.', '/') + ".class") != null;
    }
}
