package io.softdelete.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.JournalIT.journalOptions;
import static io.softdelete.it.JournalIT.journaledShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading removed rows through the hint {@code softdelete.removed} in the sample application ({@code removed-reads}),
 * after the removals of {@code journal-removals}: alice with her order of 10 and its lines apple and pear, her order of
 * 20 (an orphan), bob's plum line. Live: bob with his order of 30, carol; at the end, a hinted EntityManager removes bob.
 */
class RemovedReadsIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void anEntityManagerWithTheHintReadsRemovedRowsOnEveryPath(HibernateLine line) {
        JvmResult app = run(line, "hint-em");
        // include: live and removed rows, in queries, criteria, counts, named queries, joins, find, references, collections
        assertEquals("[alice, bob, carol]", app.observed("em.include.customers"), app::toString);
        assertEquals("[10, 20, 30]", app.observed("em.include.criteria.orders"));
        assertEquals("3", app.observed("em.include.count.lines"));
        assertEquals("[alice, bob, carol]", app.observed("em.include.named"));
        assertEquals("[apple, pear]", app.observed("em.include.join"));
        assertEquals("alice", app.observed("em.include.find.alice"));
        assertEquals("bob", app.observed("em.include.find.bob"));
        assertEquals("[10, 20]", app.observed("em.include.collection.orders"));
        assertEquals("[apple, pear]", app.observed("em.include.collection.lines"));
        assertEquals("alice", app.observed("em.include.reference.alice"));
        assertEquals("bob", app.observed("em.include.reference.bob"));
        // only, given in createEntityManager(Map): the removed rows of the root; what hangs off them, live or removed
        assertEquals("[alice]", app.observed("em.only.customers"));
        assertEquals("[10, 20]", app.observed("em.only.criteria.orders"));
        assertEquals("3", app.observed("em.only.count.lines"));
        assertEquals("[alice]", app.observed("em.only.named"));
        assertEquals("[apple, pear]", app.observed("em.only.join"));
        assertEquals("alice", app.observed("em.only.find.alice"));
        assertEquals("null", app.observed("em.only.find.bob"));
        assertEquals("[10, 20]", app.observed("em.only.collection.orders"));
        assertEquals("[apple, pear]", app.observed("em.only.collection.lines"));
        assertEquals("alice", app.observed("em.only.reference.alice"));
        assertTrue(app.observed("em.only.reference.bob").startsWith("EntityNotFoundException"), app::toString);
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aHintOnOneQueryChangesThatQueryAndNothingElse(HibernateLine line) {
        JvmResult app = run(line, "hint-query");
        assertEquals("[bob, carol]", app.observed("query.before"), app::toString);
        assertEquals("[alice, bob, carol]", app.observed("query.include"));
        assertEquals("[alice]", app.observed("query.only"));
        // a plan for each value, cached under a key of its own, which serves that value's next query and no other
        assertEquals("1 1 1 0", app.observed("query.plansCached"), app::toString);
        assertEquals("[alice, bob, carol] [alice] [bob, carol]", app.observed("query.repeated"));
        // the same text without the hint, in that session and another: the hinted plans served neither
        assertEquals("[bob, carol]", app.observed("query.after"));
        assertEquals("[bob, carol]", app.observed("query.otherSession"));
        assertEquals("2", app.observed("query.only.count"));
        // Hibernate's count of a distinct query counts over a derived root: only turns the restriction inside it
        assertEquals("1", app.observed("query.only.resultCount"));
        assertEquals("[apple, pear, plum]", app.observed("query.stream"));
        // alice, read by the hinted queries, is not found by the session's own find
        assertEquals("null", app.observed("query.find.afterwards"));
        // hinted and unhinted sessions interleaved on a pool's threads: the unhinted ones saw live rows only
        assertEquals("100", app.observed("pooled.unhinted"));
        assertEquals("0", app.observed("pooled.wrong"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aRemovalInAHintedEntityManagerCascadesToLiveRowsOnly(HibernateLine line) {
        Database db = journaledShop(line, "hint-remove");
        JvmResult app = SampleApp.run(line, db, "removed-reads", journalOptions(line)).assertSucceeded();
        String bob = app.observed("bob.id");
        // a collection read with removed rows is not written: the flush is refused, the transaction rolled back
        assertTrue(app.observed("hinted.collectionWrite").startsWith("soft-delete-agent: sample.shop.Customer.orders of "),
                app::toString);
        assertTrue(app.observed("hinted.collectionWrite").contains("was read with the hint softdelete.removed"));
        assertEquals("ok", app.observed("hinted.remove"), app::toString);
        assertEquals("[carol]", app.observed("customers"));
        // bob and his order of 30, one removal; his plum line, removed before by a stateless delete, is not in it
        assertEquals(List.of(Map.of("ENTITY_NAME", "sample.shop.Customer", "ORIGIN", "remove"),
                        Map.of("ENTITY_NAME", "sample.shop.PurchaseOrder", "ORIGIN", "cascade")),
                db.rows("select entity_name, origin from removal_journal where removal_id = (select removal_id from"
                        + " removal_journal where entity_name = 'sample.shop.Customer' and row_id = '" + bob + "')"
                        + " order by entity_name"));
        assertEquals(1L, db.value("select count(*) from removal_journal where origin = 'stateless'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void anUnknownValueOrOnlyOnAnEntityThatIsNotSoftDeletedIsRefused(HibernateLine line) {
        JvmResult app = run(line, "hint-refused");
        assertEquals("IllegalArgumentException: soft-delete-agent: the hint softdelete.removed takes include or only, not 'all'",
                app.observed("refused.query"), app::toString);
        assertEquals("IllegalArgumentException: soft-delete-agent: the hint softdelete.removed takes include or only, not 'yes'",
                app.observed("refused.em"));
        assertTrue(app.observed("refused.onlyUnconfigured").contains("soft-delete-agent: the hint softdelete.removed=only"
                + " reads removed rows of a soft-deleted entity, and sample.shop.Tag is not one"), app::toString);
        assertEquals("[bob, carol]", app.observed("refused.after"));
    }

    private static JvmResult run(HibernateLine line, String name) {
        Database db = journaledShop(line, name);
        JvmResult app = SampleApp.run(line, db, "removed-reads", journalOptions(line)).assertSucceeded();
        // reading changed no row: alice and her orders stay removed, carol live; bob is removed last (below)
        assertEquals(List.of(true, true, false), RemovalIT.column(db.rows("select deleted from customer order by name"),
                "DELETED"));
        assertEquals(3L, db.value("select count(*) from purchase_order where deleted"));
        return app;
    }
}
