package io.softdelete.agent.hibernate.boot;

import io.softdelete.agent.SoftDeleteAgent;
import org.hibernate.HibernateException;

/**
 * The agent cannot serve this persistence unit as configured; it must not boot.
 */
public final class SoftDeleteBootException extends HibernateException {
    private static final long serialVersionUID = 1L;

    SoftDeleteBootException(String message) {
        super(message);
    }

    /**
     * The refusal of the persistence unit, printed now as well (prefixed): Hibernate may wrap what the agent throws
     * at boot deep in its own exceptions.
     */
    public static SoftDeleteBootException refusal(String message) {
        String line = SoftDeleteAgent.PREFIX + message;
        System.err.println(line);
        return new SoftDeleteBootException(line);
    }
}
