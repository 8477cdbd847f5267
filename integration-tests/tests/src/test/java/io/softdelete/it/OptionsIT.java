package io.softdelete.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad option stops the JVM before the application starts, with one line naming the option. */
class OptionsIT {
    private static final HibernateLine LINE = HibernateLine.HIBERNATE_7_4;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "entites=sample.shop.Tag                        | unknown option 'entites'",
        "column=deleted                                      | option 'entities' is required",
        "entities=                                           | option 'entities' has an empty value",
        "entities=sample.shop.Tag,column=deleted;drop   | option 'column' must be a plain SQL identifier",
        "entities=sample.shop.Tag,strategy=soft         | option 'strategy' has unknown strategy 'soft'",
        "entities=sample.shop.Tag,config=/no/such.file  | option 'config': cannot read '/no/such.file'",
        "entities=sample.shop.Tag,verbose               | malformed option 'verbose'",
        "entities=sample.shop.Tag,sample.shop.Note.column=x | option 'sample.shop.Note.column' names class sample.shop.Note",
        "entities=sample.shop.Tag:com..Bad              | option 'entities' has a bad selector 'com..Bad'",
        "entities=sample.shop.Tag,cascadeToUnconfigured=yes | option 'cascadeToUnconfigured' has unknown value 'yes'",
    })
    void aBadOptionStopsTheJvm(String options, String expected) {
        assertStopped(run(options), expected);
    }

    @Test
    void noOptionsAtAll() {
        assertStopped(run(""), "option 'entities' is required");
    }

    @Test
    void theSameOptionsStartTheJvm() {
        JvmResult app = run("entities=sample.shop.Tag,column=deleted,strategy=boolean");
        assertEquals("true", app.observed("booted"));
    }

    @Test
    void optionsFromAFileAreOverriddenByTheCommandLine() throws IOException {
        Path config = Files.createTempFile("soft-delete", ".properties");
        Files.writeString(config, "entities=sample.shop.Tag\ncolumn=removed\nstrategy=active   \n");
        JvmResult app = run("config=" + config + ",column=deleted");

        assertEquals("true", app.observed("booted"));
        assertTrue(app.agentLines().get(0).contains("sample.shop.Tag (column deleted, strategy active)"), app::toString);
    }

    private static JvmResult run(String options) {
        return new ForkedJvm()
                .agent(options)
                .systemProperty("sample.url", Database.empty("options").url())
                .systemProperty("sample.ddl", "create")
                .arg("-cp").arg(LINE.classPath())
                .arg("sample.SampleApp").arg("boot")
                .run();
    }

    private static void assertStopped(JvmResult jvm, String expected) {
        assertNotEquals(0, jvm.exitCode(), jvm::toString);
        assertFalse(jvm.stdout().contains("observe "), () -> "the application started:\n" + jvm);
        String firstLine = jvm.stderr().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("soft-delete-agent: "), () -> "stderr does not begin with the agent's line:\n" + jvm);
        assertTrue(firstLine.contains(expected), () -> "'" + expected + "' missing in: " + firstLine);
    }
}
