package io.softdelete.agent;

import java.lang.instrument.Instrumentation;

import io.softdelete.agent.bootstrap.AgentInstaller;
import io.softdelete.agent.hibernate.Instrumentations;

/**
 * The agent's entry points. {@code -javaagent:soft-delete-agent.jar=entities=com.acme.Customer:com.acme.Order}
 */
public final class SoftDeleteAgent {
    public static final String PREFIX = "soft-delete-agent: ";
    /** Set once the agent runs: how the command line tells the JVMs that run it from the others. */
    public static final String RUNNING_PROPERTY = "io.softdelete.agent.running";

    private static volatile AgentConfig config;

    private SoftDeleteAgent() {
    }

    public static void premain(String options, Instrumentation instrumentation) {
        try {
            start(options, instrumentation);
        } catch (OptionsException e) {
            // a bad option must stop the JVM: the application would otherwise run with real DELETEs
            System.err.println(PREFIX + e.getMessage());
            System.exit(1);
        }
    }

    public static void agentmain(String options, Instrumentation instrumentation) {
        for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
            if (loaded.getName().equals("org.hibernate.internal.SessionFactoryImpl")) {
                String message = PREFIX + "Hibernate is already running in this JVM; attach the agent before it boots,"
                        + " or start the JVM with -javaagent";
                System.err.println(message);
                throw new IllegalStateException(message);
            }
        }
        try {
            start(options, instrumentation);
        } catch (OptionsException e) {
            System.err.println(PREFIX + e.getMessage());
            throw new IllegalArgumentException(PREFIX + e.getMessage(), e);
        }
    }

    private static synchronized void start(String options, Instrumentation instrumentation) {
        if (config != null) {
            throw new OptionsException("the agent is loaded twice; give -javaagent once");
        }
        AgentConfig parsed = AgentOptions.parse(options);
        config = parsed;
        AgentInstaller.install(instrumentation, Instrumentations.all());
        System.setProperty(RUNNING_PROPERTY, "true");
    }

    /** The options this JVM was started with; {@code null} only if the agent was never started. */
    public static AgentConfig config() {
        return config;
    }
}
