package io.softdelete.it;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.RemovalIT.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract on mappings not written for the agent (the zoo, {@code sample.zoo}): rows kept and flagged, reads
 * leave them out, to-ones resolve, no SQL error; or the unit refused at boot, by name. Each case is checked with the
 * agent and, as its twin, without it, against the raw rows. On a sample of the lines: 6.6, 7.1 and 7.4, which differ
 * most (TABLE_PER_CLASS on 7.4: 6.6 and 7.1 refuse it).
 */
class ZooIT {
    /** The options of the hbm.xml case of dynamic-map entities: entity names, among them one of the note class's two. */
    private static final String BY_ENTITY_NAME = "entities=Account:Entry:OpenNote";
    private static final Map<HibernateLine, ZooApp.Run> SELECTED_BY_ENTITY_NAME = new EnumMap<>(HibernateLine.class);

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aFormulaPropertyBootsReadsAndIsKept(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertEquals("ok", app.observed("formula", "boot"), app.result()::toString);
        assertEquals("0.25", app.observed("formula", "power"));
        assertEquals("ok", app.observed("formula", "remove"));
        assertEquals("null", app.observed("formula", "find.removed"));
        assertEquals("[0.25]", app.observed("formula", "powers"));
        assertEquals(List.of(true, false), column(app.database("formula").rows("select deleted from lens order by id"), "DELETED"));
        assertEquals(twin.observed("formula", "powers"), app.observed("formula", "powers"));
        app.assertPhysicalDeletesOnlyFrom("formula");
        assertEquals(1L, twin.database("formula").count("lens"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aFlagFieldOfAnotherTypeIsRefusedAtBootByName(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("stringFlag", "boot");

        assertTrue(boot.contains("soft-delete-agent: the persistence unit may not boot: sample.zoo.StringFlagCase$Notice.deleted"
                + " maps the flag column deleted as java.lang.String (VARCHAR), but strategy boolean writes it as"
                + " java.lang.Boolean (BOOLEAN)"), boot);
        assertEquals("[]", ZooApp.withoutAgent(line).observed("stringFlag", "notices"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aSubselectViewIsLeftAsItIsAndSaysSo(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertTrue(app.result().agentLines().contains("soft-delete-agent: soft-deleting sample.zoo.ViewCase$Item (column deleted,"
                + " strategy boolean); not soft-deleting sample.zoo.ViewCase$ItemView (a @Subselect entity, with no table of"
                + " its own)"), app.result()::toString);
        assertEquals("[kept]", app.observed("view", "items"));
        assertEquals("kept", app.observed("view", "view.find"));
        // the view's own SQL reads the table as it is, like native SQL
        assertEquals("[kept, removed]", app.observed("view", "view.names"));
        assertEquals(true, app.database("view").value("select deleted from item where id = 2"));
        assertEquals("[kept]", ZooApp.withoutAgent(line).observed("view", "view.names"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aSubselectViewNamedOnItsOwnIsRefused(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("namedView", "boot");

        assertTrue(boot.contains("soft-delete-agent: the persistence unit may not boot: sample.zoo.NamedViewCase$NamedView is a"
                + " @Subselect entity: it maps a query, not a table"), boot);
        assertEquals("true", ZooApp.withoutAgent(line).observed("namedView", "find"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aVersionedEntityRemovedUnloadedOrLockedIsFlagged(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        for (String removal : List.of("reference", "pessimistic", "forceIncrement", "lockedReference", "loaded")) {
            assertEquals("ok", app.observed("versionedReference", removal), () -> removal + "\n" + app.result());
            assertEquals("ok", twin.observed("versionedReference", removal), removal);
        }
        assertEquals("[6]", app.observed("versionedReference", "ids"));
        assertEquals(List.of(true, true, true, true, true, false),
                column(app.database("versionedReference").rows("select deleted from contract order by id"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("versionedReference");
        assertEquals(1L, twin.database("versionedReference").count("contract"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void quotedIdentifiersQuoteTheFlagToo(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        for (String step : List.of("boot", "persist", "remove")) {
            assertEquals("ok", app.observed("quoted", step), () -> step + "\n" + app.result());
        }
        assertEquals("[clerk, temp]", app.observed("quoted", "names"));
        assertEquals("boss", app.observed("quoted", "boss"));
        assertEquals("1", app.observed("quoted", "bulk"));
        assertEquals("1", app.observed("quoted", "count"));
        assertEquals(List.of(true, false, true),
                column(app.database("quoted").rows("select \"deleted\" from \"Person\" order by \"id\""), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("quoted");
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertEquals("ok", twin.observed("quoted", "persist"));
        assertEquals("[boss, clerk, temp]", twin.observed("quoted", "names"), twin.result()::toString);
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void rowsTheDatabaseWouldCascadeToAreFlaggedByTheSameRemoval(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        Database db = app.database("onDelete");

        for (String removal : List.of("removeParent", "removeOwner", "removeOwnerThenPet", "removePetThenOwner",
                "removeUnloadedOwner", "statelessDelete")) {
            assertEquals("ok", app.observed("onDelete", removal), () -> removal + "\n" + app.result());
        }
        assertEquals("1", app.observed("onDelete", "childRemovals"));
        assertEquals("null", app.observed("onDelete", "child"));
        assertEquals("null", app.observed("onDelete", "pet"));
        assertEquals("null", app.observed("onDelete", "flea"));
        assertEquals(true, db.value("select deleted from child where id = 1"));
        assertEquals(List.of(true, true, true, true, true, false), column(db.rows("select deleted from owner order by id"), "DELETED"));
        assertEquals(List.of(true, true, true, true, true, false), column(db.rows("select deleted from pet order by id"), "DELETED"));
        assertEquals(List.of(true, true, true, true, true, false), column(db.rows("select deleted from flea order by id"), "DELETED"));
        // each row keeps the foreign key it had, also when it and its owner were removed in one flush
        assertEquals(0L, db.value("select count(*) from pet where owner_id is null or owner_id * 10 <> id"));
        assertEquals(0L, db.value("select count(*) from flea where pet_id is null or pet_id * 10 <> id"));
        // a bulk delete cannot reach them: it is refused before it writes
        assertTrue(app.observed("onDelete", "bulkDelete").contains("soft-delete-agent: a bulk delete of sample.zoo.OnDeleteCase$Owner"
                + " would leave live the rows of sample.zoo.OnDeleteCase$Pet"), app.result()::toString);
        assertEquals("[60]", app.observed("onDelete", "pets"));
        assertEquals(false, db.value("select deleted from owner where id = 6"));
        app.assertPhysicalDeletesOnlyFrom("onDelete");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void withoutTheAgentTheDatabaseCascades(HibernateLine line) {
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = twin.database("onDelete");

        assertEquals("1", twin.observed("onDelete", "childRemovals"));
        assertEquals(0L, db.count("child"));
        assertEquals(0L, db.count("pet"));
        assertEquals(0L, db.count("flea"));
        assertEquals("[]", twin.observed("onDelete", "pets"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aDatabaseCascadeToAnUnconfiguredEntityIsRefusedOrDeletesForGood(HibernateLine line) {
        String parentOnly = "entities=sample.zoo.OnDeleteCase$Parent:sample.zoo.OnDeleteCase$Child:sample.zoo.OnDeleteCase$Owner";
        ZooApp.Run refused = ZooApp.run(line, parentOnly, "onDelete");
        assertTrue(refused.observed("onDelete", "boot").contains("sample.zoo.OnDeleteCase$Pet.owner is @OnDelete(CASCADE)"
                + " (on-delete=\"cascade\" in hbm.xml): removing a sample.zoo.OnDeleteCase$Owner removes its"
                + " sample.zoo.OnDeleteCase$Pet, which is not soft-deleted, so it would be physically deleted"),
                refused.result()::toString);

        ZooApp.Run hardDelete = ZooApp.run(line, parentOnly + ",cascadeToUnconfigured=hard-delete", "onDelete");
        Database db = hardDelete.database("onDelete");
        assertEquals("ok", hardDelete.observed("onDelete", "removeOwner"), hardDelete.result()::toString);
        assertEquals(true, db.value("select deleted from owner where id = 1"));
        assertEquals(0L, db.value("select count(*) from pet where id = 10"));
        assertEquals(0L, db.value("select count(*) from flea where id = 100"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anUnconfiguredOwnerThatCascadesToKeptChildrenHoldingItsKeyIsRefused(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("keptChild", "boot");

        assertTrue(boot.contains("sample.outside.Forum.topics cascades REMOVE to soft-deleted sample.zoo.KeptChildCase$Topic,"
                + " whose rows keep their foreign key to sample.outside.Forum, which is not soft-deleted"), boot);
        assertTrue(boot.contains("sample.outside.Forum.stickies cascades REMOVE to soft-deleted sample.zoo.KeptChildCase$Sticky,"
                + " whose rows keep their foreign key to sample.outside.Forum, which is not soft-deleted"), boot);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertEquals("ok", twin.observed("keptChild", "removeForum"));
        assertEquals("0", twin.observed("keptChild", "topics"));
        assertEquals("0", twin.observed("keptChild", "stickies"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aRemovedRowThatAJoinBroughtIntoThePersistenceContextIsNotFoundById(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertObserved(app, "joinFetchedLookup", "remove", "ok", "sameContext", "[k1, null, null, k2, k2]");
        assertFailed(app, "joinFetchedLookup", "reference", "EntityNotFoundException");
        // the row is there, flagged: find does not miss it because it is gone
        assertEquals(List.of(true, false), column(app.database("joinFetchedLookup").rows("select deleted from keeper order by id"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("joinFetchedLookup");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void collectionsRewrittenByALiveOwnerKeepTheRowsOfRemovedElements(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        assertCollectionRewrite(app, app.database("collectionRewrite"));

        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertEquals("ok", twin.observed("collectionRewrite", "rewrite"));
        assertEquals(1L, twin.database("collectionRewrite").count("jar"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void onPostgresqlTheNarrowedRewritesKeepTheSameRows(HibernateLine line) {
        // the narrowed statements are SQL of the agent's own: run them on a database other than H2 too
        Database postgres = Postgres.empty();
        assertCollectionRewrite(ZooApp.onDatabases(line, ZooApp.options(line), Map.of("collectionRewrite", postgres)), postgres);
    }

    private static void assertCollectionRewrite(ZooApp.Run app, Database db) {

        assertObserved(app, "collectionRewrite", "orphan", "ok", "removeLoose", "ok", "removeLabel", "ok", "rewrite", "ok",
                "labels", "[3]", "jars", "[5, 6]", "removeShelf", "ok");
        // orphans and a removed element keep the foreign key to their owner; the live element taken out loses it
        assertEquals(List.of(
                        Arrays.asList(1L, true, 1L, null), Arrays.asList(2L, true, 1L, null), Arrays.asList(3L, true, 1L, null),
                        Arrays.asList(4L, true, null, 1L), Arrays.asList(5L, false, null, null), Arrays.asList(6L, true, null, null)),
                db.rows("select id, deleted, shelf_id, loose_shelf_id from jar order by id").stream()
                        .map(row -> Arrays.asList(row.get("ID"), row.get("DELETED"), row.get("SHELF_ID"), row.get("LOOSE_SHELF_ID")))
                        .toList());
        // the bag rewritten and the set emptied keep their links to the removed label; the deleted owner's go
        assertEquals(List.of(List.of(1L, 1L), List.of(1L, 3L)), pairs(db, "select shelf_id, labels_id from shelf_label order by 1, 2"));
        assertEquals(List.of(List.of(1L, 1L)), pairs(db, "select shelf_id, tags_id from shelf_tag order by 1, 2"));
        app.assertPhysicalDeletesOnlyFrom("collectionRewrite", "shelf_label", "shelf_tag", "shelf");
    }

    private static List<List<Object>> pairs(Database db, String sql) {
        return db.rows(sql).stream().map(row -> List.copyOf(row.values())).toList();
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void rowsRemovedInOneFlushKeepTheirForeignKeysToKeptRows(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        Database db = app.database("sameFlush");

        assertEquals("ok", app.observed("sameFlush", "removeAll"), app.result()::toString);
        Map<String, Object> basket = db.rows("select deleted, shopper_id, store_id from basket").get(0);
        assertEquals(true, basket.get("DELETED"));
        assertEquals(1L, basket.get("SHOPPER_ID"));
        // the store is deleted for good: the key to it must go, or its delete would fail
        assertNull(basket.get("STORE_ID"));
        assertEquals(0L, db.count("store"));
        app.assertPhysicalDeletesOnlyFrom("sameFlush", "store");
        assertEquals(true, db.value("select deleted from shopper"));
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertEquals("ok", twin.observed("sameFlush", "removeAll"));
        assertEquals(0L, twin.database("sameFlush").count("basket"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aRemovalThatLiveRowsStillReferenceFailsAsWithoutTheAgentWhenAskedTo(HibernateLine line) {
        ZooApp.Run refusing = ZooApp.run(line, ZooApp.options(line) + ",referencedRemoval=refuse", "referenced");
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = refusing.database("referenced");

        for (String removal : List.of("referencedByAnimal", "referencedByListing")) {
            String refused = refusing.observed("referenced", removal);
            assertTrue(refused.startsWith("failed RollbackException/ConstraintViolationException/")
                    && refused.contains("soft-delete-agent: cannot remove sample.zoo.ReferencedCase$Kind#"), refused);
            assertTrue(twin.observed("referenced", removal).startsWith("failed RollbackException/ConstraintViolationException/"),
                    () -> twin.observed("referenced", removal));
        }
        for (String removal : List.of("animalRemovedFirst", "referencedByRemovedAnimal", "removedTogether", "unreferenced",
                "unenforcedReference")) {
            assertEquals("ok", refusing.observed("referenced", removal), () -> removal + "\n" + refusing.result());
            assertEquals("ok", twin.observed("referenced", removal), removal);
        }
        // the refused removals rolled back; the others flagged their rows
        assertEquals(List.of(false, false, true, true, true, true), column(db.rows("select deleted from kind order by id"), "DELETED"));
        refusing.assertPhysicalDeletesOnlyFrom("referenced");
        assertEquals(2L, twin.database("referenced").count("kind"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void byDefaultARemovalThatLiveRowsStillReferenceFlagsTheRow(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertEquals("ok", app.observed("referenced", "referencedByAnimal"), app.result()::toString);
        assertEquals("ok", app.observed("referenced", "referencedByListing"));
        assertEquals("1", app.observed("referenced", "animal1.kind"));
        assertEquals(0L, app.database("referenced").value("select count(*) from kind where not deleted"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void bytecodeEnhancedEntitiesKeepTheContract(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database("enhanced");

        assertEquals("true", app.observed("enhanced", "enhanced"), app.result()::toString);
        assertEquals("true", twin.observed("enhanced", "enhanced"));
        assertEquals("ok", app.observed("enhanced", "removePublisher"), app.result()::toString);
        assertEquals("ok", app.observed("enhanced", "removeAuthor"));
        assertEquals("null", app.observed("enhanced", "find.publisher"));
        assertEquals("null", app.observed("enhanced", "find.author"));
        assertTrue(app.observed("enhanced", "reference.publisher").startsWith("failed EntityNotFoundException"),
                () -> app.observed("enhanced", "reference.publisher"));
        assertEquals("[author 1, author 3]", app.observed("enhanced", "authors"));
        // the lazy to-one of a live author to her removed publisher resolves, lazy attributes included
        assertEquals("publisher 1", app.observed("enhanced", "publisher.name"));
        assertEquals("history 1", app.observed("enhanced", "publisher.history"));
        for (String key : List.of("biography", "publisher.name", "publisher.history", "publisher2.authors", "rename", "renamed")) {
            assertEquals(twin.observed("enhanced", key), app.observed("enhanced", key), key);
        }
        assertEquals(List.of(true, false), column(db.rows("select deleted from publisher order by id"), "DELETED"));
        assertEquals(List.of(false, true, false), column(db.rows("select deleted from author order by id"), "DELETED"));
        assertEquals(1L, db.value("select publisher_id from author where id = 1"));
        app.assertPhysicalDeletesOnlyFrom("enhanced");
        assertEquals(2L, twin.database("enhanced").count("author"));
    }

    @ParameterizedTest
    // on 7.1, the model's TABLE_PER_CLASS hierarchy refuses the unit (ZooInheritanceIT)
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void anHbmXmlModelKeepsItsRowsOnEveryRemovalPath(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database("hbmShop");

        for (String removal : List.of("boot", "remove", "orphan", "removeJoined", "removeSingleTable", "statelessDelete",
                "removeUnion", "updatePurchase31")) {
            assertEquals("ok", app.observed("hbmShop", removal), () -> removal + "\n" + app.result());
            assertEquals("ok", twin.observed("hbmShop", removal), removal);
        }
        for (String bulk : List.of("bulkDelete", "bulkDeleteJoined", "bulkDeleteUnion")) {
            assertEquals("1", app.observed("hbmShop", bulk), bulk);
        }
        // the database refuses to delete a customer its purchases reference
        assertTrue(twin.observed("hbmShop", "bulkDelete").startsWith("failed ConstraintViolationException/"),
                () -> twin.observed("hbmShop", "bulkDelete"));
        for (ZooApp.Run run : List.of(app, twin)) {
            assertTrue(run.observed("hbmShop", "staleRemove").startsWith("failed RollbackException/OptimisticLockException/"),
                    () -> run.observed("hbmShop", "staleRemove"));
        }
        assertEquals(List.of(true, false, true), column(db.rows("select deleted from customer order by id"), "DELETED"));
        assertEquals(List.of(true, true, true, false, false, false),
                column(db.rows("select deleted from purchase order by id"), "DELETED"));
        assertEquals(3L, db.count("customer_tag"));
        assertEquals(3L, db.value("select customer_id from purchase where id = 31"));
        for (String root : List.of("animal", "vehicle", "circle")) {
            assertEquals(List.of(true, true, false), column(db.rows("select deleted from " + root + " order by id"), "DELETED"), root);
        }
        assertEquals(3L, db.count("dog"));
        app.assertPhysicalDeletesOnlyFrom("hbmShop");
        Database twinDb = twin.database("hbmShop");
        assertEquals(2L, twinDb.count("customer_tag"));
        for (String table : List.of("animal", "dog", "vehicle", "circle")) {
            assertEquals(1L, twinDb.count(table), table);
        }
    }

    @ParameterizedTest
    // on 7.1, the model's TABLE_PER_CLASS hierarchy refuses the unit (ZooInheritanceIT)
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void anHbmXmlModelReadsLiveRowsAndNavigatesToRemovedOnes(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertEquals("null", app.observed("hbmShop", "find"));
        assertEquals("[changed]", app.observed("hbmShop", "customers"));
        assertEquals("[changed, c3]", twin.observed("hbmShop", "customers"));
        assertEquals("[changed]", app.observed("hbmShop", "tag.customers"));
        assertEquals("[c3, changed]", twin.observed("hbmShop", "tag.customers"));
        assertEquals("[22]", app.observed("hbmShop", "join"));
        assertEquals("[22, 31, 32]", twin.observed("hbmShop", "join"));
        // the live purchase 31 still reaches its bulk-deleted customer
        assertEquals("c3", app.observed("hbmShop", "purchase31.customer"));
        assertEquals("[3]", app.observed("hbmShop", "animals"));
        for (String key : List.of("find", "purchases", "customer2.purchases", "purchase31.customer", "animals", "vehicles", "shapes")) {
            assertEquals(twin.observed("hbmShop", key), app.observed("hbmShop", key), key);
        }
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void dynamicMapEntitiesSelectedByEntityNameKeepTheContract(HibernateLine line) {
        ZooApp.Run app = selectedByEntityName(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database("hbmDynamic");

        assertTrue(app.result().agentLines().contains("soft-delete-agent: soft-deleting Account (column deleted, strategy boolean),"
                + " Entry (column deleted, strategy boolean), OpenNote (class sample.zoo.hbm.Note, column deleted, strategy boolean)"),
                app.result()::toString);
        for (String removal : List.of("remove", "orphan", "statelessDelete")) {
            assertEquals("ok", app.observed("hbmDynamic", removal), () -> removal + "\n" + app.result());
            assertEquals("ok", twin.observed("hbmDynamic", removal), removal);
        }
        assertEquals("1", app.observed("hbmDynamic", "bulkDelete"));
        assertTrue(twin.observed("hbmDynamic", "bulkDelete").startsWith("failed ConstraintViolationException/"),
                () -> twin.observed("hbmDynamic", "bulkDelete"));
        assertEquals("[2]", app.observed("hbmDynamic", "accounts"));
        assertEquals("[2, 3]", twin.observed("hbmDynamic", "accounts"));
        assertEquals("[2]", app.observed("hbmDynamic", "board.accounts"));
        assertEquals("[2, 3]", twin.observed("hbmDynamic", "board.accounts"));
        assertEquals("[]", app.observed("hbmDynamic", "join"));
        assertEquals("[1]", twin.observed("hbmDynamic", "join"));
        // the transfer still reaches its bulk-deleted account
        assertEquals("a3", app.observed("hbmDynamic", "transfer.account"));
        for (String key : List.of("find", "entries", "account2.entries", "transfer.account")) {
            assertEquals(twin.observed("hbmDynamic", key), app.observed("hbmDynamic", key), key);
        }
        assertEquals(List.of(true, false, true), column(db.rows("select deleted from account order by id"), "DELETED"));
        assertEquals(List.of(true, true, true, false, false, true),
                column(db.rows("select deleted from entry order by id"), "DELETED"));
        assertEquals(2L, db.count("board_account"));
        assertEquals(3L, db.value("select account_id from transfer"));
        // ArchivedNote is not selected
        app.assertPhysicalDeletesOnlyFrom("hbmDynamic", "archived_note");
        assertEquals(2L, twin.database("hbmDynamic").count("entry"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aClassMappedUnderTwoEntityNamesIsSelectedByItsClassOrByOneOfThem(HibernateLine line) {
        // sample.zoo.* selects the class sample.zoo.hbm.Note, under both its entity names
        ZooApp.Run byClass = ZooApp.withAgent(line);
        ZooApp.Run byEntityName = selectedByEntityName(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertTrue(byClass.result().agentLines().contains("soft-delete-agent: soft-deleting ArchivedNote (class sample.zoo.hbm.Note,"
                + " column deleted, strategy boolean), OpenNote (class sample.zoo.hbm.Note, column deleted, strategy boolean)"),
                byClass.result()::toString);
        for (ZooApp.Run run : List.of(byClass, byEntityName, twin)) {
            assertEquals("ok", run.observed("hbmDynamic", "removeOpenNote"), run.result()::toString);
            assertEquals("ok", run.observed("hbmDynamic", "removeArchivedNote"));
            assertEquals("[open 2]", run.observed("hbmDynamic", "openNotes"));
            assertEquals("[]", run.observed("hbmDynamic", "archivedNotes"));
        }
        for (ZooApp.Run run : List.of(byClass, byEntityName)) {
            List<Map<String, Object>> openNotes = run.database("hbmDynamic").rows("select deleted from open_note order by id");
            assertEquals(List.of(true, false), column(openNotes, "DELETED"));
        }
        assertEquals(true, byClass.database("hbmDynamic").value("select deleted from archived_note"));
        assertEquals(0L, byEntityName.database("hbmDynamic").count("archived_note"));
        assertEquals(1L, twin.database("hbmDynamic").count("open_note"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void entityNameSelectorsOfNoEntityOrOfASubclassAreRefusedByName(HibernateLine line) {
        ZooApp.Run refused = ZooApp.run(line, "entities=Acount:SavingsAccount", "hbmDynamic");

        assertTrue(refused.observed("hbmDynamic", "boot").contains("soft-delete-agent: the persistence unit may not boot: Acount named"
                + " in option 'entities' was not found; SavingsAccount is not the root of its entity hierarchy; configure its root"
                + " Account, which covers the whole hierarchy"), refused.result()::toString);
        assertEquals("ok", ZooApp.withoutAgent(line).observed("hbmDynamic", "boot"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anOrphanRemovalToAnUnselectedDynamicMapEntityIsRefusedByName(HibernateLine line) {
        ZooApp.Run refused = ZooApp.run(line, "entities=Account", "hbmDynamic");

        assertTrue(refused.observed("hbmDynamic", "boot").contains("soft-delete-agent: the persistence unit may not boot:"
                + " Account.entries removes orphans of Entry, which is not soft-deleted, so it would be physically deleted"),
                refused.result()::toString);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertEquals("ok", twin.observed("hbmDynamic", "orphan"));
        assertEquals(0L, twin.database("hbmDynamic").value("select count(*) from entry where id = 21"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void hbmXmlDeleteOrLoaderSqlOfItsOwnIsRefusedByName(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertTrue(app.observed("hbmSqlDelete", "boot").contains("soft-delete-agent: the persistence unit may not boot:"
                + " sample.zoo.hbm.Note has its own delete statement (@SQLDelete, or <sql-delete> in hbm.xml)"),
                () -> app.observed("hbmSqlDelete", "boot"));
        assertTrue(app.observed("hbmSqlLoader", "boot").contains("soft-delete-agent: the persistence unit may not boot:"
                + " sample.zoo.hbm.Note is loaded by SQL of its own (@SQLSelect, or <loader> naming an <sql-query> in hbm.xml),"
                + " which sees soft-deleted rows"), () -> app.observed("hbmSqlLoader", "boot"));
        for (String zooCase : List.of("hbmSqlDelete", "hbmSqlLoader")) {
            assertEquals("ok", twin.observed(zooCase, "remove"), zooCase);
            assertEquals("kept", twin.observed(zooCase, "find"), zooCase);
            assertEquals(1L, twin.database(zooCase).count("note"), zooCase);
        }
    }

    /** The dynamic-map case run with {@link #BY_ENTITY_NAME}, once per line. */
    private static synchronized ZooApp.Run selectedByEntityName(HibernateLine line) {
        return SELECTED_BY_ENTITY_NAME.computeIfAbsent(line, ignored -> ZooApp.run(line, BY_ENTITY_NAME, "hbmDynamic"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anEntityOnTwoTablesKeepsBothRowsAndReadsLeaveItOut(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "secondaryTable", "remove", "ok", "bulkDelete", "1", "bios", "[kept bio]",
                "criteria", "[kept bio]", "book.author", "removed bio", "joined", "[]", "path", "[removed bio]");
        assertLookups(app, "secondaryTable", "author", 1);
        Database db = app.database("secondaryTable");
        assertEquals(List.of(false, true, true), column(db.rows("select deleted from author order by id"), "DELETED"));
        assertEquals(3L, db.count("author_bio"));
        app.assertPhysicalDeletesOnlyFrom("secondaryTable");
        assertObserved(twin, "secondaryTable", "bulkDelete", "1", "bios", "[kept bio]", "path", "[]");
        assertFailed(twin, "secondaryTable", "book.author", "FetchNotFoundException");
        assertEquals(1L, twin.database("secondaryTable").count("author_bio"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void compositeIdentifiersAreFlaggedAndLookedUpLikeSimpleOnes(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "compositeIds", "remove", "ok", "bulkDelete", "1", "shelves", "[A2]", "slots", "[r2]",
                "shelf.byId", "[]", "crate.shelf", "A1", "crate.slot", "r1", "joined", "[]");
        assertLookups(app, "compositeIds", "shelf", 1);
        assertLookups(app, "compositeIds", "slot", 1);
        Database db = app.database("compositeIds");
        assertEquals(List.of(true, false, true), column(db.rows("select deleted from shelf order by aisle, number"), "DELETED"));
        assertEquals(List.of(true, false), column(db.rows("select deleted from slot order by line, col"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("compositeIds");
        assertFailed(twin, "compositeIds", "crate.shelf", "FetchNotFoundException");
        assertEquals(1L, twin.database("compositeIds").count("shelf"));
        assertEquals(1L, twin.database("compositeIds").count("slot"));
    }

    /** The removal journal names each row by its id's text: a composite id refuses the unit, by entity. */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void withTheJournalCompositeIdentifiersRefuseTheUnit(HibernateLine line) {
        ZooApp.Run refused = ZooApp.run(line, ZooApp.options(line) + ",journal=removal_journal", "compositeIds");

        assertTrue(refused.observed("compositeIds", "boot").contains("soft-delete-agent: the persistence unit may not boot:"
                + " the removal journal (option journal) names each row by its id, and "), refused.result()::toString);
        assertTrue(refused.observed("compositeIds", "boot").contains("has a composite id"), refused.result()::toString);
    }

    /**
     * The journal names a row by its id's text whichever way a removal went and whatever the id's type: a bulk delete
     * of integer ids is journaled by one statement that reads the ids in the database, one of UUIDs through the JDBC
     * driver; both write what a removal by the entity writes.
     */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withTheJournalEachKindOfIdIsJournaledAsItsText(HibernateLine line) {
        ZooApp.Run app = ZooApp.run(line, ZooApp.options(line) + ",journal=removal_journal", "generatedIds");
        Database db = app.database("generatedIds");

        for (String kind : List.of("identity", "sequence", "uuid")) {
            assertObserved(app, "generatedIds", kind + ".remove", "ok", kind + ".bulk", "ok");
            String entity = "sample.zoo.GeneratedIdCase$" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "Item";
            for (String label : List.of("removed later", "removed in bulk")) {
                Object id = db.value("select id from " + kind + "item where label = '" + label + "'");
                assertEquals(List.of(Map.of("ROW_ID", id.toString(), "ORIGIN", label.equals("removed later") ? "remove" : "bulk")),
                        db.rows("select row_id, origin from removal_journal where entity_name = '" + entity + "' and row_id = '"
                                + id + "'"), entity + " " + label);
            }
        }
        assertEquals(9L, db.count("removal_journal"), db.rows("select * from removal_journal")::toString);
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void oneToOnesOfEveryKindResolveARemovedTargetButItsInverseSideDoesNot(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "oneToOne", "remove", "ok", "citizens", "[citizen2]", "passport.holder", "citizen1",
                "locker.user", "citizen1", "profile.citizen", "citizen1", "badge.citizen", "citizen1", "citizen.passport", "null",
                "profiles", "[1, 2]", "joined", "[]", "inverseJoined", "[]");
        assertLookups(app, "oneToOne", "citizen", 1);
        assertLookups(app, "oneToOne", "passport", 1);
        Database db = app.database("oneToOne");
        assertEquals(List.of(true, false), column(db.rows("select deleted from citizen order by id"), "DELETED"));
        assertEquals(List.of(false, true), column(db.rows("select deleted from passport order by id"), "DELETED"));
        assertEquals(2L, db.value("select holder_id from passport where id = 2"));
        app.assertPhysicalDeletesOnlyFrom("oneToOne");
        assertObserved(twin, "oneToOne", "citizen.passport", "null");
        assertFailed(twin, "oneToOne", "passport.holder", "FetchNotFoundException");
        assertFailed(twin, "oneToOne", "locker.user", "EntityNotFoundException");
        assertEquals(1L, twin.database("oneToOne").count("citizen"));
        assertEquals(1L, twin.database("oneToOne").count("passport"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void loadsByNaturalIdLeaveRemovedRowsOutAndToOnesByUniqueKeyResolve(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        // a multi-load by natural id keeps the place of a row it does not find, as null; 6.6's leaves it out, with the
        // agent or without
        String withoutFR = line == HibernateLine.HIBERNATE_6_6 ? "[DE]" : "[null, DE]";
        assertObserved(app, "naturalId", "remove", "ok", "simple", "null", "simple.reference", "null",
                "simple.optional", "false", "compound", "null", "multiple", withoutFR, "findMultiple", "[null, DE]",
                "sameSession", "null", "codes", "[]", "airport.country", "FR", "airport.hub", "FR", "airport.rename", "ok",
                "joined", "[]", "afterNavigation", "[null, null, false]");
        assertLookups(app, "naturalId", "country", 1);
        Database db = app.database("naturalId");
        assertEquals(List.of(true, true), column(db.rows("select deleted from country order by id"), "DELETED"));
        assertEquals(List.of(true, false), column(db.rows("select deleted from flight order by id"), "DELETED"));
        // the lazy reference was loaded, so the update of the airport wrote it back as it was
        assertEquals(Map.of("COUNTRY_CODE", "FR", "HUB_CODE", "FR", "NAME", "renamed"),
                db.rows("select country_code, hub_code, name from airport").get(0));
        app.assertPhysicalDeletesOnlyFrom("naturalId");
        assertFailed(twin, "naturalId", "airport.country", "FetchNotFoundException");
        assertFailed(twin, "naturalId", "airport.hub", "FetchNotFoundException");
        assertEquals(0L, twin.database("naturalId").count("country"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aLinkToARemovedElementReadsAsAbsentInJoinsSizesAndSubqueries(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "manyToManyJoin", "remove", "ok",
                "leftJoin", "[[1, t1], [2, null], [3, null]]", "innerJoin", "[[1, t1]]",
                "leftJoinCount", "[[1, 1], [2, 0], [3, 0]]", "size", "[[1, 1], [2, 0], [3, 0]]", "memberOf", "[]",
                "isEmpty", "[2, 3]", "exists", "[]", "collection", "[t1]", "fetched", "[1=[t1], 2=[], 3=[]]");
        assertLookups(app, "manyToManyJoin", "tag", 1);
        Database db = app.database("manyToManyJoin");
        assertEquals(List.of(false, true, true), column(db.rows("select deleted from tag order by id"), "DELETED"));
        assertEquals(6L, db.count("purchase_tag"));
        app.assertPhysicalDeletesOnlyFrom("manyToManyJoin");
        // without the agent, the links to deleted tags stay too (there is no foreign key), and read as Hibernate reads them
        assertObserved(twin, "manyToManyJoin", "leftJoin", "[[1, null], [1, null], [1, t1], [2, null], [2, null], [3, null]]",
                "size", "[[1, 3], [2, 2], [3, 0]]", "memberOf", "[1, 2]", "isEmpty", "[3]");
        assertEquals(5L, twin.database("manyToManyJoin").count("purchase_tag"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aListOrderedByPropertyLeavesARemovedElementOut(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertObserved(app, "listsAndMaps", "remove", "ok", "songs", "[s3, s1]", "songCount", "[2]");
        assertEquals(List.of(false, true, false),
                column(app.database("listsAndMaps").rows("select deleted from song order by id"), "DELETED"));
        assertObserved(ZooApp.withoutAgent(line), "listsAndMaps", "songs", "[s3, s1]", "songCount", "[2]");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aListWithAPositionColumnIsRewrittenAndItsRemovedElementKept(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        Database db = app.database("orderColumn");

        assertObserved(app, "orderColumn", "remove", "ok", "tracks", "[a, c]");
        assertObserved(ZooApp.withoutAgent(line), "orderColumn", "remove", "ok", "tracks", "[a, c]");
        assertEquals(List.of(Map.of("DELETED", false, "POSITION", 0), Map.of("DELETED", true), Map.of("DELETED", false, "POSITION", 1)),
                db.rows("select deleted, position from track order by id").stream()
                        .map(row -> row.get("POSITION") == null ? Map.of("DELETED", row.get("DELETED")) : row).toList());
        assertEquals(1L, db.count("playlist_favourites"));
        app.assertPhysicalDeletesOnlyFrom("orderColumn", "playlist_favourites");
        assertEquals(2L, ZooApp.withoutAgent(line).database("orderColumn").count("track"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void mapsLeaveARemovedEntityOutAndARemovedOwnerKeepsItsRows(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "listsAndMaps", "remove", "ok", "bins", "[b1]", "docks", "{1=b1}", "binKeys", "[b1]",
                "dockKeys", "[[1, b1]]", "stock", "[[1, sku1, 1]]", "bin.warehouse", "2");
        assertLookups(app, "listsAndMaps", "bin", 2);
        Database db = app.database("listsAndMaps");
        assertEquals(List.of(false, true, false), column(db.rows("select deleted from bin order by id"), "DELETED"));
        assertEquals(List.of(false, true), column(db.rows("select deleted from warehouse order by id"), "DELETED"));
        assertEquals(2L, db.count("warehouse_stock"));
        assertEquals(3L, db.count("warehouse_dock"));
        assertEquals(2L, db.value("select warehouse_id from bin where id = 3"));
        app.assertPhysicalDeletesOnlyFrom("listsAndMaps");
        assertFailed(twin, "listsAndMaps", "bin.warehouse", "FetchNotFoundException");
        assertEquals(1L, twin.database("listsAndMaps").count("warehouse_stock"));
        assertEquals(2L, twin.database("listsAndMaps").count("warehouse_dock"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anAnyToOneResolvesARemovedTarget(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "any", "remove", "ok", "leash.pet", "cat1");
        assertLookups(app, "any", "cat", 0);
        assertEquals(true, app.database("any").value("select deleted from cat"));
        app.assertPhysicalDeletesOnlyFrom("any");
        assertTrue(twin.observed("any", "leash.pet").startsWith("failed "), twin.result()::toString);
        assertEquals(0L, twin.database("any").count("cat"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void aManyToAnyOverSoftDeletedEntitiesIsRefusedAtBootByName(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("manyToAny", "boot");

        assertTrue(boot.contains("soft-delete-agent: the persistence unit may not boot: sample.zoo.ManyToAnyCase$Kennel.pets is a"
                + " @ManyToAny whose elements may be soft-deleted sample.zoo.AnyCase$Cat, sample.zoo.AnyCase$Dog: Hibernate"
                + " resolves its elements one by one, so removed ones would stay in it"), boot);
        assertObserved(ZooApp.withoutAgent(line), "manyToAny", "boot", "ok", "remove", "ok");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void generatedIdentifiersAndConvertedFieldsAreFlaggedAndQueried(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        for (String kind : List.of("identity", "sequence", "uuid")) {
            assertObserved(app, "generatedIds", kind + ".persistAndRemove", "ok", kind + ".remove", "ok", kind + ".bulk", "ok",
                    kind + ".labels", "[kept]", kind + ".byPrice", "[]", kind + ".featured", "[[kept, 1.50]]");
            assertLookups(app, "generatedIds", kind, 1);
            String table = kind + "item";
            assertEquals(List.of(false, true, true, true),
                    column(app.database("generatedIds").rows("select deleted from " + table + " order by label"), "DELETED"), table);
            assertEquals(1L, twin.database("generatedIds").count(table));
        }
        assertEquals(250L, app.database("generatedIds").value("select price from sequenceitem where label = 'removed later'"));
        app.assertPhysicalDeletesOnlyFrom("generatedIds");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void everyKindOfOptimisticLockFlagsTheRowAndAStaleRemovalStillFails(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        for (String kind : List.of("int", "integer", "long", "short", "instant", "localDateTime")) {
            assertRemovals(app, twin, kind, kind.toLowerCase() + "versioned");
        }
        assertRemovals(app, twin, "joined", "vehicle");
        assertEquals(4L, app.database("versions").count("car"));
        assertRemovals(app, twin, "singleTable", "device");
        assertRemovals(app, twin, "all", "allcolumnsnote");
        assertRemovals(app, twin, "dirty", "dirtycolumnsnote");
        app.assertPhysicalDeletesOnlyFrom("versions");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anSqlRestrictionAppliesBesideTheFlagOnEntityAndCollection(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "restrictions", "remove", "ok", "tickets", "[1, 4]", "project.tickets", "[1, 4]", "project.urgent", "[4]", "joined", "[4]", "remark1.ticket", "1",
                "remark2.ticket", "2", "remark4.ticket", "4", "remarks", "[1, 4]");
        assertLookups(app, "restrictions", "ticket", 2);
        // Hibernate itself does not resolve an archived ticket, with or without the agent
        assertFailed(app, "restrictions", "remark3.ticket", "FetchNotFoundException");
        assertFailed(twin, "restrictions", "remark3.ticket", "FetchNotFoundException");
        assertEquals(List.of(false, true, false, false),
                column(app.database("restrictions").rows("select deleted from ticket order by id"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("restrictions");
        assertFailed(twin, "restrictions", "remark2.ticket", "FetchNotFoundException");
        assertEquals(3L, twin.database("restrictions").count("ticket"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void filtersApplyBesideTheFlagEnabledOrNotAndToOnesStillResolve(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "restrictions", "remove", "ok",
                "disabled.shops", "[1, 3]", "disabled.mall.shops", "[1, 3]", "disabled.find", "null",
                "disabled.receipt.shop", "[1, 2, 3, 4]",
                "enabled.shops", "[1]", "enabled.mall.shops", "[1]", "enabled.find", "null",
                "enabled.receipt.shop", "[1, 2, 3, 4]");
        assertLookups(app, "restrictions", "shop", 2);
        assertEquals(List.of(false, true, false, true),
                column(app.database("restrictions").rows("select deleted from shop order by id"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("restrictions");
        assertFailed(twin, "restrictions", "enabled.receipt.shop", "FetchNotFoundException");
        assertEquals(2L, twin.database("restrictions").count("shop"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void joinedAndSingleTableHierarchiesReadThroughEveryPath(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "hierarchies", "remove", "ok", "bulkDelete.dog", "1", "bulkDelete.square", "1",
                "animals", "[cat2, cat4, dog5]", "dogs", "[dog5]", "shapes", "[square2, circle3, circle5]",
                "circles", "[circle3, circle5]", "type", "[dog5]", "shapeType", "[circle3, circle5]", "treat", "[dog5]",
                "treatJoin", "[5]", "subclassJoin", "[5]", "shapeJoin", "[3, 5]", "walks", "[dog5]",
                "walks.left", "[[1, dog5]]", "walks.size", "[1]", "keeper.walks", "[dog5]",
                "keeper.animal", "dog1", "keeper.dog", "dog3", "keeper.shape", "circle1");
        assertLookups(app, "hierarchies", "animal", 3);
        assertLookups(app, "hierarchies", "dog", 1);
        assertLookups(app, "hierarchies", "circle", 2);
        Database db = app.database("hierarchies");
        assertEquals(List.of(true, false, true, false, false), column(db.rows("select deleted from animal order by id"), "DELETED"));
        assertEquals(3L, db.count("dog"));
        assertEquals(List.of(true, false, false, true, false), column(db.rows("select deleted from shape order by id"), "DELETED"));
        assertEquals(3L, db.count("keeper_walks"));
        app.assertPhysicalDeletesOnlyFrom("hierarchies");
        assertObserved(twin, "hierarchies", "subclassJoin", "[5]", "walks.left", "[[1, null], [1, null], [1, dog5]]",
                "walks.size", "[3]");
        assertFailed(twin, "hierarchies", "keeper.animal", "FetchNotFoundException");
        assertEquals(1L, twin.database("hierarchies").count("dog"));
        assertEquals(3L, twin.database("hierarchies").count("shape"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void toOnesInsideEmbeddablesResolveAndElementRowsStay(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        assertObserved(app, "embeddables", "remove", "ok", "route.depot", "city1", "stops", "[city1, city2]",
                "routeJoin", "[]", "stopJoin", "[[1, city2]]", "stopPath", "[city1, city2]", "shipments", "[route1]");
        assertLookups(app, "embeddables", "depot", 1);
        Database db = app.database("embeddables");
        assertEquals(List.of(true, false), column(db.rows("select deleted from depot order by id"), "DELETED"));
        assertEquals(List.of(false, true), column(db.rows("select deleted from shipment order by id"), "DELETED"));
        assertEquals(4L, db.count("shipment_stops"));
        app.assertPhysicalDeletesOnlyFrom("embeddables");
        assertObserved(twin, "embeddables", "stopPath", "[city2]");
        assertFailed(twin, "embeddables", "route.depot", "FetchNotFoundException");
        assertEquals(2L, twin.database("embeddables").count("shipment_stops"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1", "HIBERNATE_7_4"})
    void anImmutableEntityIsFlaggedByRemoveAndByBulkDelete(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertObserved(app, "immutable", "remove", "ok", "bulkDelete", "1", "rates", "[3.0]");
        assertLookups(app, "immutable", "rate", 1);
        assertEquals(List.of(true, true, false),
                column(app.database("immutable").rows("select deleted from rate order by id"), "DELETED"));
        app.assertPhysicalDeletesOnlyFrom("immutable");
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        assertObserved(twin, "immutable", "remove", "ok", "bulkDelete", "1");
        assertEquals(1L, twin.database("immutable").count("rate"));
    }

    /** The removals of one kind of the versions case: item 1 as loaded, 2 stale (refused), 3 unloaded; 4 stays. */
    private static void assertRemovals(ZooApp.Run app, ZooApp.Run twin, String kind, String table) {
        String zooCase = "versions";
        assertObserved(app, zooCase, kind + ".remove", "ok", kind + ".unloaded", "ok", kind + ".titles", "[changed, v4]");
        assertLookups(app, zooCase, kind, 2);
        assertFailed(app, zooCase, kind + ".stale", "OptimisticLockException");
        assertEquals(List.of(true, false, true, false),
                column(app.database(zooCase).rows("select deleted from " + table + " order by id"), "DELETED"), table);
        assertFailed(twin, zooCase, kind + ".stale", "OptimisticLockException");
        assertEquals(2L, twin.database(zooCase).count(table), table);
    }

    /** Observations of one case, as key, value, key, value... */
    private static void assertObserved(ZooApp.Run run, String zooCase, String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = keysAndValues[i];
            assertEquals(keysAndValues[i + 1], run.observed(zooCase, key), () -> zooCase + "." + key + "\n" + run.result());
        }
    }

    /** {@code Observer.lookups}: a removed entity is not found, by {@code find} or by reference, nor counted. */
    private static void assertLookups(ZooApp.Run run, String zooCase, String key, long liveRows) {
        assertObserved(run, zooCase, key + ".find", "null", key + ".count", String.valueOf(liveRows),
                key + ".criteria", String.valueOf(liveRows));
        assertFailed(run, zooCase, key + ".reference", "EntityNotFoundException");
    }

    /** The step failed with this exception among its causes. */
    private static void assertFailed(ZooApp.Run run, String zooCase, String key, String exception) {
        String observed = run.observed(zooCase, key);
        assertTrue(observed.startsWith("failed ") && observed.contains(exception), () -> zooCase + "." + key + ": " + observed);
    }
}
