package io.softdelete.agent.bootstrap;

/**
 * One Hibernate class the agent instruments, matched by its exact name, and the hooks it receives.
 * Implementations live beside their advice in {@code io.softdelete.agent.hibernate}, but are loaded by the
 * agent's class loader at start-up: they may name Hibernate's classes only as strings.
 */
public interface TypeInstrumentation {

    /** The fully-qualified name of the one class this instruments. */
    String typeName();

    /** Declares the hooks; each must match at least one method, or the persistence unit refuses to boot. */
    void declareHooks(Hooks hooks);
}
