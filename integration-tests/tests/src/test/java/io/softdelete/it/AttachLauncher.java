package io.softdelete.it;

import java.util.Arrays;

import com.sun.tools.attach.VirtualMachine;

/**
 * Runs in the forked application JVM: attaches the agent to its own JVM (the {@code Agent-Class} path of
 * the manifest), either before the application boots Hibernate or after, then runs the sample app.
 * Arguments: {@code before|after <agent jar> <agent options> <scenario>}.
 */
public final class AttachLauncher {
    private AttachLauncher() {
    }

    public static void main(String[] args) throws Exception {
        boolean before = args[0].equals("before");
        if (!before) {
            // let Hibernate boot first
            Class.forName("org.hibernate.internal.SessionFactoryImpl");
        }
        VirtualMachine self = VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
        try {
            self.loadAgent(args[1], args[2]);
            System.out.println("observe attached=true");
        } catch (Exception e) {
            System.out.println("observe attached=" + e.getClass().getSimpleName());
            return;
        } finally {
            self.detach();
        }
        Class.forName("sample.SampleApp").getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 3, args.length));
    }
}
