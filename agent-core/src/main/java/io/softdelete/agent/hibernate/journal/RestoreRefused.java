package io.softdelete.agent.hibernate.journal;

import io.softdelete.agent.SoftDeleteAgent;

/** A restore that changed nothing, and why; the message begins {@code soft-delete-agent:}. */
public final class RestoreRefused extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    RestoreRefused(String message) {
        super(SoftDeleteAgent.PREFIX + message);
    }

    RestoreRefused(String message, Throwable cause) {
        super(SoftDeleteAgent.PREFIX + message, cause);
    }
}
