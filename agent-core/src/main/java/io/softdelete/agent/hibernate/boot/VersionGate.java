package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.hibernate.HibernateLines;
import org.hibernate.Version;

/**
 * Whether this Hibernate is one the agent supports. Asked before any advice is bound (by {@code IndyBootstrap}),
 * so that on another Hibernate no advice runs, not even the binding advice that runs before the persistence
 * unit's checks: every hooked call then fails with the same message, not with a linkage error of an advice
 * written for another Hibernate.
 */
public final class VersionGate {
    private static volatile boolean reported;

    private VersionGate() {
    }

    /** {@code null} on a supported Hibernate; otherwise the exception that refuses the persistence unit. */
    public static RuntimeException refusal() {
        String version = Version.getVersionString();
        if (isSupported(version)) {
            return null;
        }
        String line = SoftDeleteAgent.PREFIX + "Hibernate ORM " + version + " is not supported (supported: "
                + String.join(", ", HibernateLines.SUPPORTED) + "); the persistence unit may not boot, its removals would not be"
                + " soft deletes";
        if (!reported) {
            reported = true;
            System.err.println(line);
        }
        return new SoftDeleteBootException(line);
    }

    static boolean isSupported(String version) {
        for (String line : HibernateLines.SUPPORTED) {
            if (version != null && version.startsWith(line + ".")) {
                return true;
            }
        }
        return false;
    }
}
