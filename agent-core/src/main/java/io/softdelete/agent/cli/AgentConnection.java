package io.softdelete.agent.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;

import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.cli.Cli.CliException;

/**
 * A connection to the agent running in another JVM: attached with the JDK's attach API, which starts that JVM's
 * local JMX agent (local only, as {@code jcmd ManagementAgent.start_local} does), then through the MBeans of its
 * persistence units.
 */
final class AgentConnection implements AutoCloseable {
    private static final String MBEANS = "io.softdelete:type=SoftDeletes,*";

    private final VirtualMachine vm;
    private final JMXConnector connector;
    private final MBeanServerConnection server;

    /** A JVM that runs the agent. */
    record Jvm(String pid, String mainClass, List<String> units) {
    }

    private AgentConnection(VirtualMachine vm, JMXConnector connector) throws IOException {
        this.vm = vm;
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static AgentConnection open(String pid) {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(pid);
        } catch (AttachNotSupportedException | IOException | RuntimeException e) {
            throw new CliException("cannot attach to JVM " + pid + " (no such JVM of this user?): " + e.getMessage());
        }
        try {
            if (!runsTheAgent(vm.getSystemProperties())) {
                throw new CliException("JVM " + pid + " does not run the agent");
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return new AgentConnection(vm, connector);
        } catch (IOException | RuntimeException e) {
            detach(vm);
            if (e instanceof CliException cli) {
                throw cli;
            }
            throw new CliException("cannot reach the agent in JVM " + pid + ": " + e.getMessage());
        }
    }

    static List<Jvm> jvmsRunningTheAgent() {
        List<Jvm> jvms = new ArrayList<>();
        for (VirtualMachineDescriptor descriptor : VirtualMachine.list()) {
            if (descriptor.id().equals(String.valueOf(ProcessHandle.current().pid()))) {
                continue;
            }
            try {
                VirtualMachine vm = VirtualMachine.attach(descriptor);
                Properties properties;
                try {
                    properties = vm.getSystemProperties();
                } finally {
                    detach(vm);
                }
                if (!runsTheAgent(properties)) {
                    continue;
                }
                String command = properties.getProperty("sun.java.command", "");
                String mainClass = command.isEmpty() ? "-" : command.split(" ", 2)[0];
                List<String> units;
                try (AgentConnection connection = open(descriptor.id())) {
                    units = new ArrayList<>(connection.units());
                }
                jvms.add(new Jvm(descriptor.id(), mainClass, units));
            } catch (AttachNotSupportedException | IOException | RuntimeException e) {
                // a JVM of another user, or one that is just ending: it is not listed
            }
        }
        return jvms;
    }

    private static boolean runsTheAgent(Properties properties) {
        return properties.getProperty(SoftDeleteAgent.RUNNING_PROPERTY) != null;
    }

    Set<String> units() {
        Set<String> units = new TreeSet<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(MBEANS), null)) {
                units.add(ObjectName.unquote(name.getKeyProperty("unit")));
            }
        } catch (IOException | JMException e) {
            throw new CliException("cannot list the persistence units: " + e.getMessage());
        }
        return units;
    }

    /** The unit asked for, or the only one. */
    String unit(String asked) {
        Set<String> units = units();
        if (asked != null) {
            if (!units.contains(asked)) {
                throw new CliException("no persistence unit '" + asked + "' runs the agent there; units: " + String.join(", ", units));
            }
            return asked;
        }
        if (units.isEmpty()) {
            throw new CliException("no persistence unit has booted with the agent there yet");
        }
        if (units.size() > 1) {
            throw new CliException("several persistence units run the agent there (" + String.join(", ", units)
                    + "); choose one with --unit NAME");
        }
        return units.iterator().next();
    }

    Object invoke(String unit, String operation, Object[] arguments, String[] signature) {
        try {
            ObjectName name = new ObjectName("io.softdelete:type=SoftDeletes,unit=" + ObjectName.quote(unit));
            return server.invoke(name, operation, arguments, signature);
        } catch (RuntimeMBeanException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CliException(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (IOException | JMException e) {
            throw new CliException("cannot call " + operation + " in unit " + unit + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the other JVM may be gone already: nothing is left to release here
        }
        detach(vm);
    }

    private static void detach(VirtualMachine vm) {
        try {
            vm.detach();
        } catch (IOException e) {
            // as above
        }
    }
}
