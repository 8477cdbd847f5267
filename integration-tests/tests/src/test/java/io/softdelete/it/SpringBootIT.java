package io.softdelete.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spring Boot + Spring Data JPA sample ({@code integration-tests/boot-app}) run as {@code java -jar}, built on
 * Spring Boot 4.0.7, on 4.1.2 ({@code boot-app-4.1}) and on 3.5.7 ({@code boot-app-3.5}), the same sources, each with
 * the Hibernate it brings:
 * Hibernate lives in the fat jar's nested class loader. It removes books through every Spring Data path,
 * then reads through every kind of repository query.
 */
class SpringBootIT {

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "4.0", "4.1"})
    void everyRepositoryRemovalKeepsTheRowAndEveryReadLeavesItOut(String boot) {
        Database db = Database.empty("boot-" + boot);
        JvmResult app = run(boot, db, "entities=sample.boot.model.*").assertSucceeded();

        assertTrue(app.agentLines().get(0).startsWith("soft-delete-agent: soft-deleting "), app::toString);
        assertEquals(Map.of("3.5", "6.6.33.Final", "4.0", "7.2.19.Final", "4.1", "7.4.13.Final").get(boot),
                app.observed("hibernate"));
        assertNoPhysicalDelete(app);
        // delete, deleteById, deleteAllInBatch, deleteAllByIdInBatch, deleteByTitle, the @Modifying query
        assertEquals(List.of(true, true, true, true, true, true, false, false, false),
                column(db.rows("select deleted from book order by title"), "DELETED"));
        assertEquals(9L, db.count("book"));
        // deleteAll
        assertEquals(List.of(true, true), column(db.rows("select deleted from publisher"), "DELETED"));
        assertEquals(true, db.value("select deleted from author where name = 'cid'"));

        Map<String, String> expected = Map.ofEntries(
                Map.entry("deleteByTitle", "1"),
                Map.entry("modifyingDelete", "1"),
                Map.entry("authorDelete", "ok"),
                Map.entry("findAll", "[a6, a7, a8]"),
                Map.entry("derivedFinder", "[a6, a7, a8]"),
                // repository methods with @QueryHints of softdelete.removed
                Map.entry("hinted.include", "[a0, a1, a2, a3, a4, a5, a6, a7, a8]"),
                Map.entry("hinted.only", "[a0, a1, a2, a3, a4, a5]"),
                Map.entry("derivedCount", "3"),
                Map.entry("exists.a1", "false"),
                Map.entry("exists.a7", "true"),
                Map.entry("page.total", "3"),
                Map.entry("page.pages", "2"),
                Map.entry("page.content", "[a6, a7]"),
                Map.entry("queryJoin.ann", "[a7, a8]"),
                Map.entry("queryJoin.cid", "[]"),
                Map.entry("specification", "3"),
                Map.entry("specificationJoin", "[]"),
                Map.entry("count.books", "3"),
                Map.entry("count.authors", "2"),
                Map.entry("count.publishers", "0"),
                Map.entry("findById.a1", "false"),
                Map.entry("findByName.cid", "null"),
                // a LAZY @ManyToOne from a live book still reaches its removed author
                Map.entry("lazyAuthor.a6", "cid"));
        expected.forEach((key, value) -> assertEquals(value, app.observed(key), key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "4.0", "4.1"})
    void withoutTheAgentTheSameApplicationDeletesTheRows(String boot) {
        Database db = Database.empty("boot-twin-" + boot);
        JvmResult app = run(boot, db, null).assertSucceeded();

        assertEquals(List.of("a6", "a7", "a8"), column(db.rows("select title from book order by title"), "TITLE"));
        assertEquals(0L, db.count("publisher"));
        assertEquals("DataIntegrityViolationException", app.observed("authorDelete"));
        assertEquals("[a6, a7, a8]", app.observed("findAll"));
        // Hibernate ignores the hint it does not know
        assertEquals("[a6, a7, a8]", app.observed("hinted.only"));
    }

    /**
     * The same unmodified application, built on Spring Boot 3.5.7 (Hibernate 6.6.33), 4.0.7 (Hibernate 7.2.19) or 4.1.2
     * (Hibernate 7.4.13).
     */
    private static JvmResult run(String boot, Database db, String agentOptions) {
        return new ForkedJvm()
                .agent(agentOptions)
                .arg("-jar").arg(Path.of(System.getProperty("boot.jar." + boot)).toAbsolutePath().toString())
                .arg("--spring.datasource.url=" + db.url())
                .run();
    }
}
