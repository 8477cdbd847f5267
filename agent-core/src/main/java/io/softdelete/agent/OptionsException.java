package io.softdelete.agent;

/**
 * A bad agent option. Its message is complete and names the offending option; the agent prints it
 * behind the {@code soft-delete-agent:} prefix and refuses to start.
 */
public final class OptionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OptionsException(String message) {
        super(message);
    }

    public OptionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
