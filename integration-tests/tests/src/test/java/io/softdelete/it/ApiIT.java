package io.softdelete.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.JournalIT.journalOptions;
import static io.softdelete.it.JournalIT.journaledShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The opt-in API ({@code soft-delete-api.jar}, {@code io.softdelete.api.SoftDeletes}) in the sample application,
 * bound by the running agent: in the caller's EntityManager and transaction. After the removals of
 * {@code journal-removals}: alice's order of 20 (an orphan), alice with her order of 10 and its lines, bob's plum line.
 */
class ApiIT {

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void theApiRestoresInTheCallersTransactionAndReadsRemovals(HibernateLine line) {
        Database db = journaledShop(line, "api");
        JvmResult app = db.pointAt(new ForkedJvm().agent(journalOptions(line)))
                .systemProperty("sample.mbeans", "true")
                .arg("-cp").arg(line.classPath())
                .arg("sample.SampleApp").arg("api-restore")
                .run().assertSucceeded();
        String alice = app.observed("alice.id");
        // the unit's MBean, registered at boot, unregistered at close
        assertEquals("1", app.observed("mbeans.open"));
        assertEquals("0", app.observed("mbeans.afterClose"));

        assertEquals("remove by null", app.observed("api.removal"));
        assertEquals(db.value("select removal_id from removal_journal where entity_name = 'sample.shop.Customer'"),
                app.observed("api.removal.id"));
        assertEquals("false", app.observed("api.bob.removal"));
        assertEquals("3", app.observed("api.restored"));
        assertEquals("[sample.shop.Customer#" + alice + "]", app.observed("api.stillRemoved"));
        assertEquals("true", app.observed("api.sameTransaction.order"));
        assertEquals("true", app.observed("api.beforeRollback.alice"));
        assertTrue(app.observed("api.refused").startsWith("soft-delete-agent: cannot restore sample.shop.Customer#"
                + app.observed("bob.id") + ": it is not removed"), app::toString);
        // the committed restore stays, the rolled back one is gone, raw rows and journal alike
        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals("[10, 30]", app.observed("orders"));
        assertEquals("[apple, pear]", app.observed("lines"));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(false, db.value("select deleted from purchase_order where amount = 10"));
        assertEquals(3L, db.value("select count(*) from removal_journal where restored_at is not null"));
        assertEquals(null, db.value("select restored_at from removal_journal where entity_name = 'sample.shop.Customer'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void withoutTheAgentTheApiSaysSo(HibernateLine line) {
        Database db = journaledShop(line, "api-twin");
        JvmResult app = SampleApp.run(line, db, "api-restore", null).assertSucceeded();

        assertTrue(app.observed("api.error").startsWith("soft-delete-agent: the agent is not running in this JVM"), app::toString);
        assertEquals(0L, db.value("select count(*) from customer where name = 'alice'"));
    }
}
