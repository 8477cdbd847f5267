package io.softdelete.agent.hibernate.boot;

import org.hibernate.HibernateException;

/**
 * The agent cannot serve this persistence unit as configured; it must not boot.
 */
public final class SoftDeleteBootException extends HibernateException {
    private static final long serialVersionUID = 1L;

    public SoftDeleteBootException(String message) {
        super(message);
    }
}
