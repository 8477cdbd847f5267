package io.softdelete.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same removals on a real PostgreSQL server (binaries from Maven, started here). PostgreSQL takes other
 * paths through Hibernate than H2: a bulk delete of a JOINED hierarchy is one statement with common table
 * expressions, which by default also deletes the hierarchy's collection rows. On the oldest and the newest line.
 */
class PostgresIT {

    /**
     * Without the flag columns the unit refuses to boot with the migration for PostgreSQL (whose driver reports a
     * boolean column as BIT, and a timestamp with time zone as TIMESTAMP: the migrated tables boot).
     */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void withoutTheMigrationTheUnitRefusesToBootAndGivesTheStatements(HibernateLine line) {
        Database db = Postgres.empty();
        SampleApp.run(line, db, "seed", null, "create").assertSucceeded();

        JvmResult refused = SampleApp.run(line, db, "remove-customer", shopOptions(line));
        assertEquals(3, refused.exitCode(), refused::toString);
        List<String> statements = SchemaIT.statementsOf(refused);
        assertEquals(Set.of(SampleApp.shopMigration(line)), SchemaIT.lowerCase(statements), refused::toString);
        assertEquals(false, db.value("select exists (select 1 from information_schema.columns where column_name = 'deleted')"));

        db.execute(statements.toArray(String[]::new));
        SampleApp.run(line, db, "remove-customer", shopOptions(line), "validate").assertSucceeded();
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void removeKeepsTheRowsAndFlagsThem(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        JvmResult app = SampleApp.run(line, db, "remove-customer", shopOptions(line)).assertSucceeded();

        assertEquals("[bob, carol]", app.observed("customers"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(2L, db.count("customer_nickname"));
        assertEquals(3L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void bulkDeleteOfAJoinedHierarchyKeepsItsCollectionRows(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        JvmResult app = SampleApp.run(line, db, "remove-payments", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("bulk.deleted"));
        assertTrue(app.sql().stream().anyMatch(sql -> sql.startsWith("with ")), () -> "no CTE statement:\n" + app);
        assertNoPhysicalDelete(app);
        assertEquals(List.of(true, true), column(db.rows("select deleted from payment order by id"), "DELETED"));
        assertEquals(2L, db.count("payment_note"));
        assertEquals(1L, db.count("banktransfer"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutTheAgentThatBulkDeleteRemovesTheCollectionRows(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        SampleApp.run(line, db, "remove-payments", null).assertSucceeded();

        assertEquals(0L, db.count("payment"));
        assertEquals(0L, db.count("payment_note"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void bulkDeleteKeepsTheRowsAndTheirLinks(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        db.execute("update purchase_order set deleted = true where amount = 30");
        JvmResult app = SampleApp.run(line, db, "bulk-delete", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("jpql.deleted"));
        assertNoPhysicalDelete(app);
        assertEquals(List.of(false, true, true), column(db.rows("select deleted from purchase_order order by amount"), "DELETED"));
        assertEquals(3L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void theJournalRecordsABulkDeleteThroughCommonTableExpressions(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        // hbm2ddl update creates the journal, in PostgreSQL's types
        JvmResult app = SampleApp.run(line, db, "remove-payments", JournalIT.journalOptions(line), "update").assertSucceeded();

        assertTrue(app.sql().stream().anyMatch(sql -> sql.startsWith("with ")), () -> "no CTE statement:\n" + app);
        assertEquals(List.of(Map.of("entity_name", "sample.shop.CardPayment", "origin", "remove"),
                        Map.of("entity_name", "sample.shop.Payment", "origin", "bulk")),
                lowerKeys(db.rows("select entity_name, origin from removal_journal order by origin desc")));
        assertEquals(db.rows("select cast(id as varchar) row_id from payment where deleted order by id"),
                db.rows("select row_id from removal_journal order by row_id"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aJournaledRemovalIsRestoredExactly(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        SampleApp.run(line, db, "boot", JournalIT.journalOptions(line), "update").assertSucceeded();
        ForkedJvm.Running app = RestoreIT.serve(line, db, JournalIT.journalOptions(line));
        String alicesRemoval = RestoreIT.removalOf(RestoreIT.cli(app, "removals").assertSucceeded(), "sample.shop.Customer");
        JvmResult restored = RestoreIT.cli(app, "restore", alicesRemoval).assertSucceeded();
        JvmResult after = app.finish().assertSucceeded();

        assertTrue(restored.stdout().contains("restored 4 rows of removal " + alicesRemoval), restored::toString);
        assertEquals("[alice, bob, carol]", after.observed("customers"));
        assertEquals("[10, 30]", after.observed("orders"));
        assertEquals(true, db.value("select deleted from purchase_order where amount = 20"));
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
    }

    /** With a unique index on live rows only, a new live row can take the key of a removed one: its restore is refused. */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void aRestoreThatALiveRowsUniqueKeyBlocksIsRefusedAndChangesNothing(HibernateLine line) {
        Database db = Postgres.seededShop(line);
        db.execute("create unique index customer_name_live on customer (name) where not deleted");
        SampleApp.run(line, db, "boot", JournalIT.journalOptions(line), "update").assertSucceeded();
        ForkedJvm.Running app = RestoreIT.serve(line, db, JournalIT.journalOptions(line));
        db.execute("insert into customer (name, version, deleted) values ('alice', 0, false)");
        String alice = app.sofar().observed("alice.id");
        String alicesRemoval = RestoreIT.removalOf(RestoreIT.cli(app, "removals").assertSucceeded(), "sample.shop.Customer");
        JvmResult refused = RestoreIT.cli(app, "restore", alicesRemoval);
        app.finish().assertSucceeded();

        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.stderr().startsWith("soft-delete-agent: cannot restore sample.shop.Customer#" + alice + ": "),
                refused::toString);
        assertTrue(refused.stderr().contains("customer_name_live"), refused::toString);
        assertEquals(true, db.value("select deleted from customer where id = " + alice));
        assertEquals(true, db.value("select deleted from purchase_order where amount = 10"));
        assertEquals(2L, db.value("select count(*) from order_line where deleted_at is not null and product in ('apple', 'pear')"));
        assertEquals(0L, db.value("select count(*) from removal_journal where restored_at is not null"));
    }

    private static List<Map<String, Object>> lowerKeys(List<Map<String, Object>> rows) {
        List<Map<String, Object>> lowered = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((key, value) -> copy.put(key.toLowerCase(Locale.ROOT), value));
            lowered.add(copy);
        }
        return lowered;
    }
}
