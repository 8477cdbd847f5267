package io.softdelete.it;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forked JVMs run the JDK the run says they do: the test's own, or Java 25 in the run on it. */
class ForkedJdkIT {
    @Test
    void theForkedJvmsRunTheIntendedJdk() throws IOException {
        JvmResult java = new ForkedJvm().arg("-XshowSettings:properties").arg("-version").run();

        assertEquals(0, java.exitCode(), java::toString);
        assertTrue(java.stderr().contains("java.home = " + ForkedJvm.JAVA_HOME.toRealPath()), java::toString);
        if (System.getProperty("it.java.home") != null) {
            assertTrue(java.stderr().contains("java.specification.version = 25"), java::toString);
        }
    }
}
