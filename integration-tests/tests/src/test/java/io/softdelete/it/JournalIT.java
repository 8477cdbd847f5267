package io.softdelete.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The removal journal (option {@code journal}): one row per flagged row, each removal with its own id, each row
 * naming the row it came down from; read as raw rows.
 */
class JournalIT {
    static final String JOURNAL = "removal_journal";
    /** The journal's DDL for H2, as the README gives it and the boot refusal prints it. */
    static final String[] H2_JOURNAL_DDL = {
        "create table removal_journal (removal_id varchar(36) not null, entity_name varchar(255) not null,"
                + " row_id varchar(255) not null, parent_entity varchar(255), parent_id varchar(255),"
                + " origin varchar(16) not null, removed_at timestamp(6) with time zone not null, removed_by varchar(255),"
                + " restored_at timestamp(6) with time zone, restored_by varchar(255),"
                + " primary key (removal_id, entity_name, row_id))",
        "create index removal_journal_row on removal_journal (entity_name, row_id)",
    };

    static String journalOptions(HibernateLine line) {
        return shopOptions(line) + ",journal=" + JOURNAL;
    }

    /** The seeded shop with the journal's table, as the README's DDL makes it. */
    static Database journaledShop(HibernateLine line, String name) {
        Database db = SampleApp.seededShop(line, name);
        db.execute(H2_JOURNAL_DDL);
        return db;
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void eachRemovalIsJournaledWithWhatItCascadedTo(HibernateLine line) {
        Database db = journaledShop(line, "journal");
        JvmResult app = SampleApp.run(line, db, "journal-removals", journalOptions(line)).assertSucceeded();
        assertEquals("[bob, carol]", app.observed("customers"));

        String alice = app.observed("alice.id");
        String order10 = app.observed("order10.id");
        String order20 = app.observed("order20.id");
        List<Map<String, Object>> journal = db.rows("select removal_id, entity_name, row_id, parent_entity, parent_id, origin"
                + " from removal_journal order by removed_at, origin desc, entity_name, row_id");
        assertEquals(6, journal.size(), journal::toString);
        // the orphan first, a removal of its own
        assertRow(journal.get(0), "sample.shop.PurchaseOrder", order20, null, null, "orphan");
        // then alice, her other order and its two lines: one removal, each row under the one it came down from
        Map<String, Object> root = journalRow(journal, "sample.shop.Customer", alice);
        assertRow(root, "sample.shop.Customer", alice, null, null, "remove");
        assertRow(journalRow(journal, "sample.shop.PurchaseOrder", order10), "sample.shop.PurchaseOrder", order10,
                "sample.shop.Customer", alice, "cascade");
        for (Map<String, Object> orderLine : db.rows("select id from order_line where product in ('apple', 'pear')")) {
            String lineId = orderLine.get("ID").toString();
            assertRow(journalRow(journal, "sample.shop.OrderLine", lineId), "sample.shop.OrderLine", lineId,
                    "sample.shop.PurchaseOrder", order10, "cascade");
        }
        assertEquals(4L, db.value("select count(*) from removal_journal where removal_id = '" + root.get("REMOVAL_ID") + "'"));
        // and the stateless delete, a removal of its own
        assertEquals("stateless", db.value("select j.origin from removal_journal j join order_line l on cast(l.id as varchar) = j.row_id"
                + " where l.product = 'plum' and j.entity_name = 'sample.shop.OrderLine'"));
        assertEquals(3L, db.value("select count(distinct removal_id) from removal_journal"));
        // every journaled row is flagged, and every flagged row journaled
        assertEquals(6L, db.value("select (select count(*) from customer where deleted) + (select count(*) from purchase_order"
                + " where deleted) + (select count(*) from order_line where " + SampleApp.removedOrderLine(line) + ")"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aBulkDeleteJournalsExactlyTheRowsItFlagsAsOneRemoval(HibernateLine line) {
        Database db = journaledShop(line, "journal-bulk");
        JvmResult app = SampleApp.run(line, db, "bulk-delete", journalOptions(line)).assertSucceeded();

        assertEquals("2", app.observed("jpql.deleted"));
        assertEquals("1", app.observed("criteria.deleted"));
        assertEquals(List.of(Map.of("ROW_ID", "2"), Map.of("ROW_ID", "3")), db.rows("select row_id from removal_journal"
                + " where entity_name = 'sample.shop.PurchaseOrder' and origin = 'bulk' and parent_id is null order by row_id"));
        assertEquals(db.rows("select cast(id as varchar) row_id from purchase_order where deleted order by id"),
                db.rows("select row_id from removal_journal where entity_name = 'sample.shop.PurchaseOrder' order by row_id"));
        assertEquals(db.rows("select cast(id as varchar) row_id from order_line where " + SampleApp.removedOrderLine(line)),
                db.rows("select row_id from removal_journal where entity_name = 'sample.shop.OrderLine' and origin = 'bulk'"));
        // one removal per statement
        assertEquals(1L, db.value("select count(distinct removal_id) from removal_journal where entity_name = 'sample.shop.PurchaseOrder'"));
        assertEquals(2L, db.value("select count(distinct removal_id) from removal_journal"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aBulkDeleteOfAJoinedSubclassIsJournaledUnderItsHierarchy(HibernateLine line) {
        Database db = journaledShop(line, "journal-joined");
        JvmResult app = SampleApp.run(line, db, "remove-payments", journalOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("bulk.deleted"));
        assertEquals(List.of(Map.of("ENTITY_NAME", "sample.shop.CardPayment", "ORIGIN", "remove"),
                        Map.of("ENTITY_NAME", "sample.shop.Payment", "ORIGIN", "bulk")),
                db.rows("select entity_name, origin from removal_journal order by origin desc"));
        assertEquals(db.rows("select cast(id as varchar) row_id from payment where deleted order by id"),
                db.rows("select row_id from removal_journal order by row_id"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutTheOptionTheSameRemovalsWriteNoJournal(HibernateLine line) {
        Database db = journaledShop(line, "journal-twin");
        JvmResult app = SampleApp.run(line, db, "journal-removals", shopOptions(line)).assertSucceeded();

        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals(0L, db.count(JOURNAL));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aRolledBackRemovalLeavesNoJournalRow(HibernateLine line) {
        Database db = journaledShop(line, "journal-rollback");
        JvmResult app = SampleApp.run(line, db, "stale-remove", journalOptions(line)).assertSucceeded();

        assertTrue(app.observed("stale.error").contains("OptimisticLockException"), app::toString);
        assertEquals(0L, db.value("select count(*) from customer where deleted"));
        assertEquals(0L, db.count(JOURNAL));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutTheJournalTableTheUnitRefusesToBootAndGivesTheDdl(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "journal-missing");
        JvmResult app = SampleApp.run(line, db, "remove-customer", journalOptions(line));

        assertEquals(3, app.exitCode(), app::toString);
        String refusal = app.observed("boot.error");
        assertTrue(refusal.startsWith("soft-delete-agent: the persistence unit may not boot: the removal journal (option"
                + " journal=removal_journal) table removal_journal does not exist; create it with: "), refusal);
        assertTrue(refusal.endsWith(String.join("; ", H2_JOURNAL_DDL)), refusal);
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void aSourceOfWhoRemovesThatTheApplicationLacksRefusesTheUnit(HibernateLine line) {
        Database db = journaledShop(line, "journal-remover");
        JvmResult app = SampleApp.run(line, db, "remove-customer", journalOptions(line) + ",removedBy=spring-security");

        assertEquals(3, app.exitCode(), app::toString);
        assertTrue(app.observed("boot.error").startsWith("soft-delete-agent: the persistence unit may not boot: option"
                + " removedBy=spring-security reads org.springframework.security.core.context.SecurityContextHolder, which the"
                + " application does not have"), app::toString);
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void hbm2ddlUpdateCreatesTheJournalTable(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "journal-update");
        JvmResult app = SampleApp.run(line, db, "remove-customer", journalOptions(line), "update").assertSucceeded();

        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals(5L, db.count(JOURNAL));
    }

    private static Map<String, Object> journalRow(List<Map<String, Object>> journal, String entity, String id) {
        for (Map<String, Object> row : journal) {
            if (entity.equals(row.get("ENTITY_NAME")) && id.equals(row.get("ROW_ID"))) {
                return row;
            }
        }
        throw new AssertionError("no journal row for " + entity + "#" + id + " in " + journal);
    }

    private static void assertRow(Map<String, Object> row, String entity, String id, String parentEntity, String parentId,
                                  String origin) {
        assertEquals(entity, row.get("ENTITY_NAME"), row::toString);
        assertEquals(id, row.get("ROW_ID"), row::toString);
        assertEquals(parentEntity, row.get("PARENT_ENTITY"), row::toString);
        assertEquals(parentId, row.get("PARENT_ID"), row::toString);
        assertEquals(origin, row.get("ORIGIN"), row::toString);
    }
}
