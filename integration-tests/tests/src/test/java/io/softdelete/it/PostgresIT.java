package io.softdelete.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static io.softdelete.it.SampleApp.SHOP_OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same removals on a real PostgreSQL server (binaries from Maven, started here). PostgreSQL takes other
 * paths through Hibernate than H2: a bulk delete of a JOINED hierarchy is one statement with common table
 * expressions, which by default also deletes the hierarchy's collection rows.
 */
class PostgresIT {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<HibernateLine, String> TEMPLATES = new EnumMap<>(HibernateLine.class);
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void removeKeepsTheRowsAndFlagsThem(HibernateLine line) {
        Database db = seededShop(line);
        JvmResult app = SampleApp.run(line, db, "remove-customer", SHOP_OPTIONS).assertSucceeded();

        assertEquals("[bob, carol]", app.observed("customers"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(2L, db.count("customer_nickname"));
        assertEquals(3L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void bulkDeleteOfAJoinedHierarchyKeepsItsCollectionRows(HibernateLine line) {
        Database db = seededShop(line);
        JvmResult app = SampleApp.run(line, db, "remove-payments", SHOP_OPTIONS).assertSucceeded();

        assertEquals("1", app.observed("bulk.deleted"));
        assertTrue(app.sql().stream().anyMatch(sql -> sql.startsWith("with ")), () -> "no CTE statement:\n" + app);
        assertNoPhysicalDelete(app);
        assertEquals(List.of(true, true), column(db.rows("select deleted from payment order by id"), "DELETED"));
        assertEquals(2L, db.count("payment_note"));
        assertEquals(1L, db.count("banktransfer"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void withoutTheAgentThatBulkDeleteRemovesTheCollectionRows(HibernateLine line) {
        Database db = seededShop(line);
        SampleApp.run(line, db, "remove-payments", null).assertSucceeded();

        assertEquals(0L, db.count("payment"));
        assertEquals(0L, db.count("payment_note"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void bulkDeleteKeepsTheRowsAndTheirLinks(HibernateLine line) {
        Database db = seededShop(line);
        db.execute("update purchase_order set deleted = true where amount = 30");
        JvmResult app = SampleApp.run(line, db, "bulk-delete", SHOP_OPTIONS).assertSucceeded();

        assertEquals("1", app.observed("jpql.deleted"));
        assertNoPhysicalDelete(app);
        assertEquals(List.of(false, true, true), column(db.rows("select deleted from purchase_order order by amount"), "DELETED"));
        assertEquals(3L, db.count("order_tag"));
    }

    /** A database of its own for each test, copied from the seeded, migrated template of the line. */
    private static Database seededShop(HibernateLine line) {
        String template;
        synchronized (TEMPLATES) {
            template = TEMPLATES.get(line);
            if (template == null) {
                template = "template_" + line.name().toLowerCase();
                createDatabase(template, null);
                Database db = Database.postgres(postgres.getJdbcUrl("postgres", template));
                SampleApp.run(line, db, "seed", null, "create").assertSucceeded();
                db.execute(SampleApp.SHOP_MIGRATION);
                TEMPLATES.put(line, template);
            }
        }
        String name = "shop_" + COUNTER.incrementAndGet();
        createDatabase(name, template);
        return Database.postgres(postgres.getJdbcUrl("postgres", name));
    }

    private static void createDatabase(String name, String template) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + (template == null ? "" : " template " + template));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
