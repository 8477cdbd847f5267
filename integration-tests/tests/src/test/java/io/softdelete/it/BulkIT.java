package io.softdelete.it;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** JPQL and criteria bulk statements touch live rows only, and a bulk delete keeps the rows. */
class BulkIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void bulkDeleteFlagsTheLiveRowsItHitsAndCountsOnlyThem(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "bulk-delete");
        db.execute("update purchase_order set deleted = true where amount = 30");
        JvmResult app = SampleApp.run(line, db, "bulk-delete", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("jpql.deleted"));
        assertEquals("1", app.observed("criteria.deleted"));
        assertEquals("[10]", app.observed("orders"));
        assertNoPhysicalDelete(app);
        assertEquals(List.of(false, true, true), column(db.rows("select deleted from purchase_order order by amount"), "DELETED"));
        assertEquals(true, db.value("select " + SampleApp.removedOrderLine(line) + " from order_line where product = 'pear'"));
        // the order's link to its tag stays, as on remove
        assertEquals(1L, db.value("select count(*) from order_tag t join purchase_order o on o.id = t.orders_id where o.amount = 20"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void withoutTheAgentTheBulkDeleteRemovesTheRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "bulk-delete-twin");
        // without the agent the order's line would block the delete: the database has the foreign key
        db.execute("update purchase_order set deleted = true where amount = 30", "delete from order_line where product = 'plum'");
        JvmResult app = SampleApp.run(line, db, "bulk-delete", null).assertSucceeded();

        assertEquals("2", app.observed("jpql.deleted"));
        assertEquals(List.of(10), column(db.rows("select amount from purchase_order"), "AMOUNT"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void bulkUpdateTouchesLiveRowsOnly(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "bulk-update");
        db.execute("update purchase_order set deleted = true where amount = 30");
        JvmResult app = SampleApp.run(line, db, "bulk-update", shopOptions(line)).assertSucceeded();

        assertEquals("2", app.observed("updated"));
        assertEquals(List.of(11, 21, 30), column(db.rows("select amount from purchase_order order by amount"), "AMOUNT"));
    }
}
