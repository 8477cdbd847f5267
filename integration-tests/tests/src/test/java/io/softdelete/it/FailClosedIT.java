package io.softdelete.it;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the agent cannot do its job, removing fails and the rows stay. Each case runs the real agent jar
 * with one class replaced, as a broken build or a Hibernate the agent does not know would leave it: a fault and a
 * hook that matches nothing on every line, the rest on 7.4.
 */
class FailClosedIT {
    private static final HibernateLine LINE = HibernateLine.HIBERNATE_7_4;
    private static final String WRITE = "io.softdelete.agent.hibernate.write.";

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aFaultInsideTheAgentDuringRemovalPropagatesAndTheTransactionRollsBack(HibernateLine line) {
        Path jar = TamperedAgentJar.with("faulty-advice", Map.of(WRITE + "KeepCollectionRowsAdvice", """
                package io.softdelete.agent.hibernate.write;

                public final class KeepCollectionRowsAdvice {
                    public static boolean keepRows(Object collection, Object key, Object session) {
                        throw new IllegalStateException("injected fault inside the agent");
                    }
                }
                """));
        Database db = SampleApp.seededShop(line, "faulty-advice");

        JvmResult app = renameThenRemove(line, db, jar);

        assertNotEquals(0, app.exitCode(), app::toString);
        assertTrue(app.stderr().contains("IllegalStateException: injected fault inside the agent"), app::toString);
        assertFalse(app.observations().containsKey("committed"), app::toString);
        assertUntouched(db, app);
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aHookThatNoLongerMatchesRefusesTheUnit(HibernateLine line) {
        Path jar = withInstrumentation("unmatched-hook", WRITE + "CollectionRowsInstrumentation",
                "org.hibernate.persister.collection.AbstractCollectionPersister", """
                hooks.method("removeRenamedInAFutureHibernate", 2, getClass().getPackageName() + ".KeepCollectionRowsAdvice")
                        .skippingWhen("keepRows", Arg.THIS, Arg.argument(0), Arg.argument(1));""");
        Database db = SampleApp.seededShop(line, "unmatched-hook");

        JvmResult app = renameThenRemove(line, db, jar);

        assertNotEquals(0, app.exitCode(), app::toString);
        // building loads the class: it is poisoned as it loads, says so, and its error stops the build
        assertTrue(app.toString().contains("soft-delete-agent: ") && app.toString().contains(
                "org.hibernate.persister.collection.AbstractCollectionPersister: no method removeRenamedInAFutureHibernate"),
                app::toString);
        assertUntouched(db, app);
    }

    /** A class building does not load: the check made once the factory is built, before it is announced, refuses it. */
    @Test
    void aHookThatNoLongerMatchesInAClassNotLoadedYetRefusesTheUnit() {
        Path jar = withInstrumentation("unmatched-hook-not-loaded", WRITE + "StatelessDeleteInstrumentation",
                "org.hibernate.internal.StatelessSessionImpl", """
                hooks.method("removeCollectionsRenamedInAFutureHibernate", 3,
                                getClass().getPackageName() + ".KeepStatelessCollectionRowsAdvice")
                        .skippingWhen("keepRowsOfSoftDeletedEntity", Arg.argument(2));""");
        Database db = SampleApp.seededShop(LINE, "unmatched-hook-not-loaded");

        JvmResult app = renameThenRemove(LINE, db, jar);

        assertTrue(app.observed("boot.error").startsWith("soft-delete-agent: cannot apply itself to Hibernate ORM 7.4"),
                app::toString);
        assertTrue(app.stderr().contains(
                "org.hibernate.internal.StatelessSessionImpl: no method removeCollectionsRenamedInAFutureHibernate"), app::toString);
        // refused by the check on the class file, not by a poisoned class: building did not load it
        assertFalse(app.stderr().contains("soft-delete-agent: cannot hook org.hibernate.internal.StatelessSessionImpl"),
                app::toString);
        // refused before the factory was announced to the application's observer
        assertFalse(app.observations().containsKey("factory.announced"), app::toString);
        assertUntouched(db, app);
    }

    /** A Hibernate without the class the boot checks hook: only the agent's sentinel is left to notice. */
    @Test
    void aHibernateWithoutAHookedClassIsRefused() {
        Path jar = withInstrumentation("renamed-class", "io.softdelete.agent.hibernate.boot.SessionFactoryInstrumentation",
                "org.hibernate.internal.RenamedSessionFactoryImpl", """
                hooks.method("<init>", -1, getClass().getPackageName() + ".SessionFactoryGateAdvice")
                        .atEntry("checkBeforeBuilding", Arg.DECLARING_CLASS, Arg.ALL_ARGUMENTS);""");
        Database db = SampleApp.seededShop(LINE, "renamed-class");

        JvmResult app = renameThenRemove(LINE, db, jar);

        assertNotEquals(0, app.exitCode(), app::toString);
        assertTrue(app.toString().contains("soft-delete-agent: this Hibernate ORM (7.4.15.Final) has no"
                + " org.hibernate.internal.RenamedSessionFactoryImpl: it is not a version the agent supports"), app::toString);
        assertUntouched(db, app);
    }

    /** The twin: the untampered agent runs the same transaction through. */
    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void theRealAgentCommitsTheSameTransaction(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "fail-closed-twin");

        JvmResult app = renameThenRemove(line, db, ForkedJvm.AGENT_JAR).assertSucceeded();

        assertEquals("true", app.observed("factory.announced"));
        assertEquals("true", app.observed("committed"));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(1L, db.value("select count(*) from customer where name = 'robert'"));
    }

    /** The agent jar with one instrumentation replaced: it hooks {@code typeName} as {@code declareHooks} says. */
    private static Path withInstrumentation(String name, String className, String typeName, String declareHooks) {
        int dot = className.lastIndexOf('.');
        return TamperedAgentJar.with(name, Map.of(className, """
                package %s;

                import io.softdelete.agent.bootstrap.Arg;
                import io.softdelete.agent.bootstrap.Hooks;
                import io.softdelete.agent.bootstrap.TypeInstrumentation;

                public final class %s implements TypeInstrumentation {
                    public String typeName() {
                        return "%s";
                    }

                    public void declareHooks(Hooks hooks) {
                %s
                    }
                }
                """.formatted(className.substring(0, dot), className.substring(dot + 1), typeName, declareHooks)));
    }

    private static JvmResult renameThenRemove(HibernateLine line, Database db, Path agentJar) {
        return db.pointAt(new ForkedJvm().agent(agentJar, SampleApp.shopOptions(line)))
                .systemProperty("sample.ddl", "none")
                .arg("-cp").arg(line.classPath())
                .arg("sample.SampleApp").arg("rename-then-remove")
                .run();
    }

    private static void assertUntouched(Database db, JvmResult app) {
        assertNoPhysicalDelete(app);
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(1L, db.value("select count(*) from customer where name = 'bob'"));
        assertEquals(0L, db.value("select count(*) from purchase_order where deleted"));
        assertEquals(2L, db.count("customer_nickname"));
    }
}
