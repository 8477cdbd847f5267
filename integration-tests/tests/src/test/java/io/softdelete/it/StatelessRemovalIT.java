package io.softdelete.it;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@code StatelessSession}'s delete keeps the row and its collection rows; its update rewrites them once. */
class StatelessRemovalIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void statelessDeleteKeepsTheRow(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "stateless");
        JvmResult app = SampleApp.run(line, db, "stateless-delete", shopOptions(line)).assertSucceeded();

        assertEquals("[pear, plum]", app.observed("lines"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select " + SampleApp.removedOrderLine(line) + " from order_line where product = 'apple'"));
        assertEquals(false, db.value("select " + SampleApp.removedOrderLine(line) + " from order_line where product = 'pear'"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aStatelessDeleteOfAnOwnerKeepsItsCollectionRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "stateless-owner");
        JvmResult app = SampleApp.run(line, db, "stateless-delete-owner", shopOptions(line)).assertSucceeded();

        assertEquals("[10, 30]", app.observed("orders"));
        assertNoPhysicalDelete(app);
        assertEquals(true, db.value("select deleted from purchase_order where amount = 20"));
        assertEquals(3L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void withoutTheAgentAStatelessDeleteOfAnOwnerDeletesItsCollectionRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "stateless-owner-twin");
        assertEquals("[10, 30]", SampleApp.run(line, db, "stateless-delete-owner", null).assertSucceeded().observed("orders"));

        assertEquals(2L, db.count("purchase_order"));
        assertEquals(2L, db.count("order_tag"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aStatelessUpdateRewritesTheCollectionRowsOnce(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "stateless-update");
        JvmResult app = SampleApp.run(line, db, "stateless-update", shopOptions(line)).assertSucceeded();

        assertEquals("2", app.observed("tags"));
        assertEquals(2L, db.value("select count(*) from order_tag t join purchase_order o on o.id = t.orders_id where o.amount = 11"));
    }
}
