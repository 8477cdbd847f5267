package io.softdelete.it;

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
 * agent and, as its twin, without it, against the raw rows.
 */
class ZooIT {

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
    void aFlagFieldOfAnotherTypeIsRefusedAtBootByName(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("stringFlag", "boot");

        assertTrue(boot.contains("soft-delete-agent: the persistence unit may not boot: sample.zoo.StringFlagCase$Notice.deleted"
                + " maps the flag column deleted as java.lang.String (VARCHAR), but strategy boolean writes it as"
                + " java.lang.Boolean (BOOLEAN)"), boot);
        assertEquals("[]", ZooApp.withoutAgent(line).observed("stringFlag", "notices"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
    void aSubselectViewNamedOnItsOwnIsRefused(HibernateLine line) {
        String boot = ZooApp.withAgent(line).observed("namedView", "boot");

        assertTrue(boot.contains("soft-delete-agent: the persistence unit may not boot: sample.zoo.NamedViewCase$NamedView is a"
                + " @Subselect entity: it maps a query, not a table"), boot);
        assertEquals("true", ZooApp.withoutAgent(line).observed("namedView", "find"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
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
    @EnumSource(HibernateLine.class)
    void aRemovalThatLiveRowsStillReferenceFailsAsWithoutTheAgentWhenAskedTo(HibernateLine line) {
        ZooApp.Run refusing = ZooApp.run(line, ZooApp.OPTIONS + ",referencedRemoval=refuse", "referenced");
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
    @EnumSource(HibernateLine.class)
    void byDefaultARemovalThatLiveRowsStillReferenceFlagsTheRow(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);

        assertEquals("ok", app.observed("referenced", "referencedByAnimal"), app.result()::toString);
        assertEquals("ok", app.observed("referenced", "referencedByListing"));
        assertEquals("1", app.observed("referenced", "animal1.kind"));
        assertEquals(0L, app.database("referenced").value("select count(*) from kind where not deleted"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
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
}
