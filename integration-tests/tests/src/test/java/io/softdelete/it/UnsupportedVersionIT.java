package io.softdelete.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.softdelete.it.SampleApp.SHOP_OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a Hibernate ORM the agent does not support, the persistence unit does not boot: nothing is half-served. The
 * version is judged before any advice runs: the shop maps an own flag field and a timestamp strategy, whose binding
 * advice, written for 6.6 and 7.x, would otherwise fail first on 6.5 with a linkage error instead of the message.
 */
class UnsupportedVersionIT {

    @ParameterizedTest
    @ValueSource(strings = {"6.5", "7.0"})
    void anUnsupportedHibernateIsRefusedWithTheMessage(String line) {
        JvmResult app = run(line, SHOP_OPTIONS);

        // 7.0 has every class the agent hooks, and the version gate refuses the unit; 6.5 lacks some, and Hibernate's
        // first class refuses to initialise, naming the version too
        String refusal = line.equals("7.0") ? "soft-delete-agent: Hibernate ORM 7.0." : "soft-delete-agent: this Hibernate ORM (6.5.";
        String supported = line.equals("7.0") ? " is not supported (supported: 6.6, 7.1, 7.2, 7.3, 7.4)"
                : ": it is not a version the agent supports (supported: 6.6, 7.1, 7.2, 7.3, 7.4)";
        assertEquals(line.equals("7.0") ? 3 : 1, app.exitCode(), app::toString);
        assertTrue(app.agentLines().stream().anyMatch(agentLine -> agentLine.startsWith(refusal) && agentLine.contains(supported)),
                app::toString);
        assertFalse(app.stderr().contains("LinkageError") || app.stderr().contains("NoSuchMethodError")
                || app.stderr().contains("NoSuchFieldError"), app::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.5", "7.0"})
    void withoutTheAgentTheSameApplicationBootsOnIt(String line) {
        assertEquals("true", run(line, null).assertSucceeded().observed("booted"));
    }

    private static JvmResult run(String line, String agentOptions) {
        return new ForkedJvm()
                .agent(agentOptions)
                .systemProperty("sample.url", Database.empty("unsupported-" + line).url())
                .systemProperty("sample.ddl", "create")
                .arg("-cp").arg(classPath(line))
                .arg("sample.SampleApp").arg("boot")
                .run();
    }

    private static String classPath(String line) {
        try {
            return Files.readString(Path.of(System.getProperty("classpath.hibernate-" + line))).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
