package io.softdelete.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way the application removes an entity keeps the row and flags it. */
class RemovalIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void removeKeepsTheRowsAndFlagsThem(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "remove");
        JvmResult app = SampleApp.run(line, db, "remove-customer", shopOptions(line)).assertSucceeded();

        assertEquals("null", app.observed("find.sameEntityManager"));
        assertEquals("null", app.observed("find.afterFlush"));
        assertEquals("1", app.observed("preRemove.calls"));
        assertEquals("1", app.observed("postRemove.calls"));
        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals("1", app.observed("orders.count"));
        assertNoPhysicalDelete(app);

        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(false, db.value("select deleted from customer where name = 'bob'"));
        // cascaded to alice's orders and, through them, to their order lines
        assertEquals(List.of(true, true), column(db.rows(
                "select o.deleted from purchase_order o join customer c on c.id = o.customer_id"
                        + " where c.name = 'alice' order by o.amount"), "DELETED"));
        assertEquals(0L, db.value("select count(*) from order_line where product in ('apple', 'pear') and not ("
                + SampleApp.removedOrderLine(line) + ")"));
        // what a restore needs stays: collection rows, join-table links, and the children's foreign keys
        assertEquals(2L, db.count("customer_nickname"));
        assertEquals(3L, db.count("order_tag"));
        assertEquals(0L, db.value("select count(*) from order_line where order_id is null"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void withoutTheAgentTheSameRemovalDeletesTheRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "remove-twin");
        SampleApp.run(line, db, "remove-customer", null).assertSucceeded();

        assertEquals(0L, db.value("select count(*) from customer where name = 'alice'"));
        assertEquals(1L, db.count("purchase_order"));
        assertEquals(0L, db.count("customer_nickname"));
        assertEquals(0L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void sessionRemoveKeepsTheRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "session-remove");
        JvmResult app = SampleApp.run(line, db, "session-remove", shopOptions(line)).assertSucceeded();

        assertEquals("[alice, carol]", app.observed("customers"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select deleted from customer where name = 'bob'"));
        assertEquals(true, db.value("select deleted from purchase_order where amount = 30"));
        assertEquals(true, db.value("select " + SampleApp.removedOrderLine(line) + " from order_line where product = 'plum'"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void orphanRemovalKeepsTheOrphan(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "orphan");
        JvmResult app = SampleApp.run(line, db, "orphan-removal", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("alice.orders"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select deleted from purchase_order where amount = 20"));
        assertEquals(false, db.value("select deleted from purchase_order where amount = 10"));
        assertEquals(1L, db.value("select count(*) from order_tag t join purchase_order o on o.id = t.orders_id where o.amount = 20"));
    }

    /** On 6.6, {@code delete} removes the rows of the owner's fetched collections through the loop its updates use. */
    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aStaleRemovalOfAVersionedEntityFailsAsItDoesWithoutTheAgent(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "stale");
        JvmResult app = SampleApp.run(line, db, "stale-remove", shopOptions(line)).assertSucceeded();
        Database twinDb = SampleApp.seededShop(line, "stale-twin");
        JvmResult twin = SampleApp.run(line, twinDb, "stale-remove", null).assertSucceeded();

        assertTrue(app.observed("stale.error").contains("OptimisticLockException"), app::toString);
        assertEquals(twin.observed("stale.error"), app.observed("stale.error"));
        // rolled back: nothing of alice's is flagged, her rename by the other transaction stands
        assertEquals(false, db.value("select deleted from customer where name = 'alice2'"));
        assertEquals(0L, db.value("select count(*) from purchase_order where deleted"));
    }

    /** Hibernate 6.6's inline strategy deletes a multi-table entity's collection rows before it asks about soft delete. */
    /** Plain Hibernate deletes the collection rows first, there by a column the collection table lacks: it fails. */
    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void anEntityThatMapsTheFlagAsItsOwnField(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "seed-style");
        JvmResult app = SampleApp.run(line, db, "remove-supplier", shopOptions(line)).assertSucceeded();

        assertEquals("false", app.observed("supplier.globex.isDeleted"));
        assertFalse(app.observations().containsKey("supplier.acme.isDeleted"));
        assertTrue(app.agentLines().get(0).contains("sample.shop.Supplier (column is_deleted, strategy boolean,"
                + " field isDeleted is read-only)"), app::toString);
        assertEquals(true, db.value("select is_deleted from supplier where name = 'acme'"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void anUnconfiguredEntityIsDeletedAsWithoutTheAgent(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "unconfigured");
        JvmResult app = SampleApp.run(line, db, "remove-tag", shopOptions(line)).assertSucceeded();

        assertEquals("[blue, red]", app.observed("tags"));
        assertEquals(0L, db.value("select count(*) from tag where label = 'green'"));
    }

    static void assertNoPhysicalDelete(JvmResult app) {
        for (String sql : app.sql()) {
            assertFalse(sql.toLowerCase().startsWith("delete"), () -> "a physical delete was issued: " + sql + "\n" + app);
        }
    }

    static List<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }
}
