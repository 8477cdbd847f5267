package io.softdelete.it;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static io.softdelete.it.SampleApp.SHOP_OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent attached to a running JVM (its manifest's Agent-Class) instead of -javaagent. */
class AttachIT {
    private static final HibernateLine LINE = HibernateLine.HIBERNATE_7_4;
    private static final String TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath().toString();

    @Test
    void attachedBeforeHibernateBootsItWorksAsWithJavaagent() {
        Database db = SampleApp.seededShop(LINE, "attach");
        JvmResult app = run("before", db, "remove-customer").assertSucceeded();

        assertEquals("true", app.observed("attached"));
        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
    }

    @Test
    void attachedAfterHibernateIsLoadedItRefuses() {
        JvmResult app = run("after", SampleApp.seededShop(LINE, "attach-late"), "remove-customer");

        assertEquals("AgentInitializationException", app.observed("attached"));
        assertTrue(app.agentLines().get(0).contains("Hibernate is already running in this JVM"), app::toString);
    }

    private static JvmResult run(String when, Database db, String scenario) {
        return new ForkedJvm()
                .systemProperty("jdk.attach.allowAttachSelf", "true")
                .systemProperty("sample.url", db.url())
                .arg("-cp").arg(LINE.classPath() + java.io.File.pathSeparator + TEST_CLASSES)
                .arg(AttachLauncher.class.getName())
                .arg(when).arg(ForkedJvm.AGENT_JAR.toString()).arg(SHOP_OPTIONS).arg(scenario)
                .run();
    }
}
