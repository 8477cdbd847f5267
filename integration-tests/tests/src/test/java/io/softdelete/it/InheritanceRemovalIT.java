package io.softdelete.it;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.assertNoPhysicalDelete;
import static io.softdelete.it.RemovalIT.column;
import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Removals of entities of JOINED and SINGLE_TABLE hierarchies keep every table's row, bulk deletes too. */
class InheritanceRemovalIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void joinedInheritanceKeepsEveryTableRow(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "joined");
        JvmResult app = SampleApp.run(line, db, "remove-payments", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("bulk.deleted"));
        assertEquals("0", app.observed("payments"));
        assertNoPhysicalDelete(app);
        assertEquals(List.of(true, true), column(db.rows("select deleted from payment order by id"), "DELETED"));
        assertEquals(1L, db.count("CardPayment"));
        assertEquals(1L, db.count("BankTransfer"));
        assertEquals(2L, db.count("payment_note"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aJoinedBulkDeleteWithTheInlineStrategyKeepsTheCollectionRows(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "inline-bulk");
        JvmResult app = SampleApp.runInlineBulk(line, db, "remove-payments", shopOptions(line)).assertSucceeded();

        assertEquals("1", app.observed("bulk.deleted"));
        assertEquals("0", app.observed("payments"));
        assertNoPhysicalDelete(app);
        assertEquals(List.of(true, true), column(db.rows("select deleted from payment order by id"), "DELETED"));
        assertEquals(1L, db.count("BankTransfer"));
        assertEquals(2L, db.count("payment_note"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void withoutTheAgentTheInlineStrategyDeletesTheCollectionRowsFirst(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "inline-bulk-twin");
        JvmResult app = SampleApp.runInlineBulk(line, db, "remove-payments", null);

        assertTrue(app.exitCode() != 0 && app.stderr().contains("delete from payment_note to_delete_"), app::toString);
        assertEquals(1L, db.count("BankTransfer"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void singleTableInheritanceWithTheActiveStrategy(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "single-table");
        JvmResult app = SampleApp.run(line, db, "remove-invoice", shopOptions(line)).assertSucceeded();

        assertEquals("[memo]", app.observed("documents"));
        assertNoPhysicalDelete(app);
        assertEquals(false, db.value("select active from document where title = 'inv-1'"));
        assertEquals(true, db.value("select active from document where title = 'memo'"));
    }
}
