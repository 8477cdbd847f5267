package io.softdelete.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static io.softdelete.it.SampleApp.SHOP_OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a Hibernate ORM the agent does not support, the persistence unit does not boot: nothing is half-served. */
class UnsupportedVersionIT {
    private static final String HIBERNATE_7_1 = classPath();

    @Test
    void hibernate71IsRefused() {
        JvmResult app = run(SHOP_OPTIONS);

        assertEquals(3, app.exitCode(), app::toString);
        assertTrue(app.observed("boot.error").startsWith("soft-delete-agent: Hibernate ORM 7.1."), app::toString);
        assertTrue(app.observed("boot.error").contains("is not supported"), app::toString);
    }

    @Test
    void withoutTheAgentTheSameApplicationBootsOnIt() {
        assertEquals("true", run(null).assertSucceeded().observed("booted"));
    }

    private static JvmResult run(String agentOptions) {
        return new ForkedJvm()
                .agent(agentOptions)
                .systemProperty("sample.url", Database.empty("unsupported").url())
                .systemProperty("sample.ddl", "create")
                .arg("-cp").arg(HIBERNATE_7_1)
                .arg("sample.SampleApp").arg("boot")
                .run();
    }

    private static String classPath() {
        try {
            return Files.readString(Path.of(System.getProperty("classpath.hibernate-7.1"))).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
