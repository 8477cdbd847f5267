package io.softdelete.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second-level cache and the query cache of the zoo ({@code sample.zoo.SecondLevelCacheCase}): a soft-deleted
 * row is never served from a cache, a live one is cached as without the agent. Without the agent a customer some
 * row references cannot be removed at all (its foreign keys), so the twin shows the cache serving the row the
 * agent keeps out.
 */
class ZooCacheIT {
    private static final String CASE = "secondLevelCache";

    /** A scenario's customer: removed, then reached from a purchase or an invoice, then looked up. */
    private record Reached(String scenario, long customer, String name) {
    }

    private static final List<Reached> REACHED = List.of(new Reached("lazy", 1, "ann"), new Reached("eager", 2, "bob"),
            new Reached("joinFetch", 3, "cy"), new Reached("bulk", 7, "gus"), new Reached("stateless", 8, "hal"));

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aRemovedRowReachedFromALiveRowIsNotServedFromTheCache(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database(CASE);

        assertEquals("ok", app.observed(CASE, "boot"), app.result()::toString);
        assertEquals("1", app.observed(CASE, "bulk.deleted"));
        for (Reached reached : REACHED) {
            String scenario = reached.scenario();
            String name = reached.name();
            assertEquals(name, app.observed(CASE, scenario + ".warm"), scenario);
            assertEquals("ok", app.observed(CASE, scenario + ".remove"), () -> scenario + "\n" + app.result());
            assertEquals(name, app.observed(CASE, scenario + ".reach"), scenario);
            assertEquals(name, app.observed(CASE, scenario + ".reachAgain"), scenario);
            assertEquals("null", app.observed(CASE, scenario + ".find"), scenario);
            assertEquals("0", app.observed(CASE, scenario + ".find.hits"), scenario);
            assertEquals("0", app.observed(CASE, scenario + ".count"), scenario);
            assertEquals(true, db.value("select deleted from customer where id = " + reached.customer()), scenario);

            assertTrue(twin.observed(CASE, scenario + ".remove").contains("ConstraintViolationException"), scenario);
            assertEquals(name, twin.observed(CASE, scenario + ".find"), scenario);
        }
        // reached again, the live row comes from the cache, the removed one from the database
        for (String scenario : List.of("lazy", "eager", "bulk", "stateless")) {
            assertEquals("1", app.observed(CASE, scenario + ".reachAgain.hits"), scenario);
        }
        // the twin's find of the same row, live there, is a cache hit: the agent's misses because the row is kept out
        for (String scenario : List.of("lazy", "eager", "joinFetch", "bulk")) {
            assertEquals("1", twin.observed(CASE, scenario + ".find.hits"), scenario);
        }
        assertEquals(List.of(1L, 3L, 7L, 8L), RemovalIT.column(db.rows(
                "select customer_id from purchase where id in (10, 30, 70, 80) order by id"), "CUSTOMER_ID"));
        app.assertPhysicalDeletesOnlyFrom(CASE);
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void readsOfRemovedRowsPutNothingIntoTheCache(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        // the hinted reads see ann, removed, and Dan's removed purchases
        assertEquals("[ann]", app.observed(CASE, "hinted.query"), app.result()::toString);
        assertEquals("[ann]", app.observed(CASE, "hinted.stream"));
        assertEquals("ann [40, 41, 42]", app.observed(CASE, "hinted.session"));
        // and left nothing in the cache that a session without the hint would be served
        assertEquals("null", app.observed(CASE, "hinted.findAfterQuery"));
        assertEquals("0", app.observed(CASE, "hinted.findAfterQuery.hits"));
        assertEquals("null", app.observed(CASE, "hinted.findAfterSession"));
        assertEquals("0", app.observed(CASE, "hinted.findAfterSession.hits"));
        assertEquals("[]", app.observed(CASE, "hinted.collectionAfterSession"));
        assertEquals("0", app.observed(CASE, "hinted.collectionAfterSession.hits"));
        // and a hinted session does not take the cached collection, which holds live rows only
        assertEquals("[40, 41, 42]", app.observed(CASE, "hinted.sessionAfterCache"));
        assertEquals(true, app.database(CASE).value("select deleted from customer where id = 1"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aChangeToARemovedRowIsWrittenButNotCached(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertEquals("ok", app.observed(CASE, "change.remove"), app.result()::toString);
        assertEquals("ok", app.observed(CASE, "change.rename"));
        assertEquals("null", app.observed(CASE, "change.find"));
        assertEquals("0", app.observed(CASE, "change.find.hits"));
        Map<String, Object> joe = app.database(CASE).rows("select name, deleted from customer where id = 10").get(0);
        assertEquals(Map.of("NAME", "joey", "DELETED", true), joe);
        assertEquals("joey", twin.observed(CASE, "change.find"));
        assertEquals("1", twin.observed(CASE, "change.find.hits"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aCachedCollectionNeverListsARemovedElementAgain(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database(CASE);

        for (ZooApp.Run run : List.of(app, twin)) {
            assertEquals("[40, 41, 42]", run.observed(CASE, "collection.cached"));
            // the customer, her collection and its three elements
            assertEquals("5", run.observed(CASE, "collection.cached.hits"));
            assertEquals("ok", run.observed(CASE, "collection.remove"));
            assertEquals("ok", run.observed(CASE, "collection.stateless"));
            assertEquals("1", run.observed(CASE, "collection.deleted"));
            assertEquals("[]", run.observed(CASE, "collection.afterBulk"));
        }
        assertEquals("[41, 42]", app.observed(CASE, "collection.afterRemove"));
        assertEquals("[41, 42]", app.observed(CASE, "collection.again"));
        // cached again: the customer, her collection and its two elements
        assertEquals("4", app.observed(CASE, "collection.again.hits"));
        assertEquals("[42]", app.observed(CASE, "collection.afterStateless"));
        assertEquals(List.of(true, true, true), RemovalIT.column(
                db.rows("select deleted from purchase where id in (40, 41, 42) order by id"), "DELETED"));
        assertEquals(3L, db.value("select count(*) from purchase where customer_id = 4"));
        // without the agent the cached collection goes on listing the purchase deleted for good
        assertTrue(twin.observed(CASE, "collection.afterRemove").startsWith("failed EntityNotFoundException"),
                twin.observed(CASE, "collection.afterRemove"));
        assertEquals(0L, twin.database(CASE).value("select count(*) from purchase where customer_id = 4"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aBulkDeleteEvictsTheCachedCollectionsOfTheTypesAboveAndBelowIt(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        for (ZooApp.Run run : List.of(app, twin)) {
            // purchases, then gifts (a subclass of purchase)
            assertEquals("[110, 111, 112] [111, 112]", run.observed(CASE, "inherited.cached"));
            // the customer, her two collections and their three elements
            assertEquals("6", run.observed(CASE, "inherited.cached.hits"));
            assertEquals("1", run.observed(CASE, "inherited.giftsDeleted"));
            assertEquals("1", run.observed(CASE, "inherited.purchasesDeleted"));
        }
        assertEquals("[110, 112] [112]", app.observed(CASE, "inherited.afterBulkGift"));
        assertEquals("[110] []", app.observed(CASE, "inherited.afterBulkPurchase"));
        assertEquals(List.of(false, true, true), RemovalIT.column(
                app.database(CASE).rows("select deleted from purchase where id in (110, 111, 112) order by id"), "DELETED"));
        // without the agent the purchases of the customer stay cached after the bulk delete of a gift, and list it
        assertTrue(twin.observed(CASE, "inherited.afterBulkGift").startsWith("failed EntityNotFoundException"),
                twin.observed(CASE, "inherited.afterBulkGift"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void theQueryCacheForgetsRemovedAndBulkDeletedRows(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        for (ZooApp.Run run : List.of(app, twin)) {
            assertEquals("[eve, fay]", run.observed(CASE, "query.cached"));
            assertEquals("1", run.observed(CASE, "query.cached.queryHits"));
            assertEquals("ok", run.observed(CASE, "query.remove"));
            assertEquals("[fay]", run.observed(CASE, "query.afterRemove"));
            assertEquals("0", run.observed(CASE, "query.afterRemove.queryHits"));
            assertEquals("null", run.observed(CASE, "query.find"));
            assertEquals("0", run.observed(CASE, "query.find.hits"));
            assertEquals("1", run.observed(CASE, "query.deleted"));
            assertEquals("[]", run.observed(CASE, "query.afterBulk"));
            assertEquals("0", run.observed(CASE, "query.afterBulk.queryHits"));
        }
        assertEquals(List.of(true, true), RemovalIT.column(
                app.database(CASE).rows("select deleted from customer where id in (5, 6) order by id"), "DELETED"));
        assertEquals(0L, twin.database(CASE).value("select count(*) from customer where id in (5, 6)"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void liveRowsAreCachedAsWithoutTheAgent(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        // find again; a lazy to-one's load; a collection with its elements; find after a query read the row
        Map<String, String> hits = Map.of("live.findAgain", "1", "live.reach", "1", "live.collectionAgain", "4",
                "live.findAfterQuery", "1");
        hits.forEach((read, expected) -> {
            assertEquals(expected, twin.observed(CASE, read + ".hits"), read);
            assertEquals(expected, app.observed(CASE, read + ".hits"), read);
        });
        assertEquals("ivy", app.observed(CASE, "live.reach"));
        assertEquals("[90, 91]", app.observed(CASE, "live.collectionAgain"));
        // a row that a to-one join read may be a removed one: it is not put, where plain Hibernate puts it
        assertEquals("ivy", app.observed(CASE, "live.eager"));
        assertEquals("0", app.observed(CASE, "live.findAfterEager.hits"));
        assertEquals("1", twin.observed(CASE, "live.findAfterEager.hits"));
    }
}
