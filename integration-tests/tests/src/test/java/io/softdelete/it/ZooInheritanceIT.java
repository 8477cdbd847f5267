package io.softdelete.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code TABLE_PER_CLASS} hierarchies of the zoo: an abstract root with an abstract class and two levels of
 * concrete ones below it, flagged {@code active} ({@code sample.zoo.TablePerClassCase}, beside a second abstract
 * root flagged {@code deleted}), and a concrete versioned root flagged with a timestamp
 * ({@code sample.zoo.VersionedTablePerClassCase}). Each row is flagged in its concrete class's own table; without
 * the agent it is deleted there.
 */
class ZooInheritanceIT {
    private static final String ABSTRACT = "tablePerClass";
    private static final String VERSIONED = "versionedTablePerClass";

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_1"})
    void before72TablePerClassHierarchiesAreRefusedAtBoot(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        String version = line == HibernateLine.HIBERNATE_6_6 ? "6.6." : "7.1.";

        for (String zooCase : List.of(ABSTRACT, VERSIONED, "hbmShop")) {
            String boot = app.observed(zooCase, "boot");
            assertTrue(boot.contains("is a TABLE_PER_CLASS hierarchy (<union-subclass> in hbm.xml), which Hibernate ORM " + version)
                    && boot.contains("the agent soft-deletes such hierarchies from Hibernate ORM 7.2 on"), () -> zooCase + ": " + boot);
            assertEquals("ok", ZooApp.withoutAgent(line).observed(zooCase, "boot"), zooCase);
        }
    }

    /** Where Hibernate leaves the tables as they are, each concrete table needs the flag, and is named if it lacks it. */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void withoutTheFlagColumnsTheBootNamesEachConcreteTable(HibernateLine line) {
        Database db = Database.empty("tpc-unmigrated");
        assertEquals("ok", ZooApp.onDatabases(line, null, Map.of(ABSTRACT, db)).observed(ABSTRACT, "boot"));

        ZooApp.Run refused = ZooApp.onDatabases(line, ZooApp.options(line), Map.of(ABSTRACT, db), "none");
        String boot = refused.observed(ABSTRACT, "boot");
        List<String> statements = SchemaIT.statementsOf(boot);
        assertEquals(Set.of("alter table dog add column active boolean default true not null",
                "alter table puppy add column active boolean default true not null",
                "alter table cat add column active boolean default true not null",
                "alter table keeper add column deleted boolean default false not null",
                "alter table visitor add column deleted boolean default false not null"), SchemaIT.lowerCase(statements), boot);

        db.execute(statements.toArray(String[]::new));
        // the twin's rows out of the way of the case's own, the migrated tables boot and the case runs
        List<String> emptied = new ArrayList<>(List.of("set referential_integrity false"));
        for (Object table : RemovalIT.column(db.rows("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"), "TABLE_NAME")) {
            emptied.add("delete from \"" + table + "\"");
        }
        emptied.add("set referential_integrity true");
        db.execute(emptied.toArray(String[]::new));
        ZooApp.Run migrated = ZooApp.onDatabases(line, ZooApp.options(line), Map.of(ABSTRACT, db), "validate");
        assertEquals("ok", migrated.observed(ABSTRACT, "boot"));
        assertEquals("ok", migrated.observed(ABSTRACT, "remove"), migrated.result()::toString);
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void everyRemovalFlagsTheRowInItsConcreteTable(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database(ABSTRACT);

        assertTrue(app.result().agentLines().contains("soft-delete-agent: soft-deleting sample.zoo.TablePerClassCase$Person"
                + " (column deleted, strategy boolean), sample.zoo.TablePerClassCase$Animal (column active, strategy active)"),
                app.result()::toString);
        for (String removal : List.of("remove", "removeAsDog", "orphan", "stateless", "cascade", "bulkRoot", "bulkDog")) {
            assertEquals("ok", app.observed(ABSTRACT, removal), () -> removal + "\n" + app.result());
            assertEquals("ok", twin.observed(ABSTRACT, removal), removal);
        }
        // removed: rex (remove), bit (remove as a Dog), tom (orphan), bob (stateless), max and leo (their keeper's
        // cascade); bulk-deleted: the three named bulk, the dog and the puppy named gone
        assertEquals(Map.of(1L, false, 2L, true, 7L, false, 9L, false, 12L, false), flags(db, "dog", "active"));
        assertEquals(Map.of(3L, false, 4L, false, 10L, false, 13L, false, 14L, true), flags(db, "puppy", "active"));
        assertEquals(Map.of(5L, false, 6L, true, 8L, false, 11L, false), flags(db, "cat", "active"));
        assertEquals(Map.of(1L, false, 2L, true), flags(db, "keeper", "deleted"));
        assertEquals(Map.of(21L, false, 22L, false, 23L, false), flags(db, "visitor", "deleted"));
        // their links stay
        assertEquals(List.of(1L, 2L), RemovalIT.column(db.rows("select keeper_id from cat where id in (5, 8) order by id"),
                "KEEPER_ID"));
        assertEquals(2L, db.value("select keeper_id from dog where id = 7"));
        app.assertPhysicalDeletesOnlyFrom(ABSTRACT);

        Database deleted = twin.database(ABSTRACT);
        assertEquals(List.of(2L), ids(deleted, "dog"));
        assertEquals(List.of(14L), ids(deleted, "puppy"));
        assertEquals(List.of(6L), ids(deleted, "cat"));
        assertEquals(List.of(1L), ids(deleted, "keeper"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void aBulkDeleteCountsTheLiveRowsOfEveryConcreteTableBelowIt(HibernateLine line) {
        for (ZooApp.Run run : List.of(ZooApp.withAgent(line), ZooApp.withoutAgent(line))) {
            // Animal: a dog, a puppy and a cat; Dog: a dog and a puppy
            assertEquals("3", run.observed(ABSTRACT, "bulkRoot.count"), run.result()::toString);
            assertEquals("0", run.observed(ABSTRACT, "bulkRootAgain.count"));
            assertEquals("2", run.observed(ABSTRACT, "bulkDog.count"));
            // Vehicle: a vehicle, a car and a sports car; Car: a car and a sports car
            assertEquals("3", run.observed(VERSIONED, "bulkRoot.count"));
            assertEquals("2", run.observed(VERSIONED, "bulkCar.count"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void readsOnEveryLevelLeaveRemovedRowsOut(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);

        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("find", "[2, 6, 14]");
        reads.put("findDog", "[2, 14]");
        reads.put("ids.Animal", "[2, 6, 14]");
        reads.put("ids.Canine", "[2, 14]");
        reads.put("ids.Dog", "[2, 14]");
        reads.put("ids.Puppy", "[14]");
        reads.put("ids.Cat", "[6]");
        reads.put("count.Animal", "3");
        reads.put("count.Dog", "2");
        reads.put("type", "[2]");
        reads.put("typeIn", "[6, 14]");
        reads.put("join.dog", "[[bea, 2]]");
        reads.put("leftJoin.dog", "[[ann, null], [bea, 2], [cy, null]]");
        reads.put("join.pet", "[[bea, 6]]");
        reads.put("animals", "[2, 6, 14]");
        reads.put("dogs", "[2, 14]");
        reads.put("persons", "[kim, ann, bea, cy]");
        reads.forEach((read, expected) -> {
            assertEquals(expected, app.observed(ABSTRACT, read), () -> read + "\n" + app.result());
            assertEquals(expected, twin.observed(ABSTRACT, read), read);
        });
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void toOnesResolveToRemovedRowsOfEveryLevel(HibernateLine line) {
        // a lazy to-one to the abstract root (a cat), an eager one (a puppy), a lazy one to a subclass (a dog)
        assertEquals("tom bit rex", ZooApp.withAgent(line).observed(ABSTRACT, "navigation"));
        assertEquals("failed EntityNotFoundException/ObjectNotFoundException: No row with the given identifier exists"
                + " for entity [sample.zoo.TablePerClassCase$Animal with id '5']",
                ZooApp.withoutAgent(line).observed(ABSTRACT, "navigation"));
        // an eager to-one to the concrete root (a sports car), a lazy one to a subclass (a car)
        assertEquals("s5 c3", ZooApp.withAgent(line).observed(VERSIONED, "navigation"));
        assertTrue(ZooApp.withoutAgent(line).observed(VERSIONED, "navigation").startsWith("failed NullPointerException"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = "HIBERNATE_7_4")
    void aConcreteVersionedRootIsStampedInEveryConcreteTable(HibernateLine line) {
        ZooApp.Run app = ZooApp.withAgent(line);
        ZooApp.Run twin = ZooApp.withoutAgent(line);
        Database db = app.database(VERSIONED);

        assertTrue(app.result().agentLines().contains("soft-delete-agent: soft-deleting sample.zoo.VersionedTablePerClassCase$Driver"
                + " (column deleted, strategy boolean), sample.zoo.VersionedTablePerClassCase$Vehicle (column deleted_at,"
                + " strategy timestamp)"), app.result()::toString);
        for (String removal : List.of("remove", "removeSubclass", "stateless")) {
            assertEquals("ok", app.observed(VERSIONED, removal), () -> removal + "\n" + app.result());
            assertEquals("ok", twin.observed(VERSIONED, removal), removal);
        }
        for (ZooApp.Run run : List.of(app, twin)) {
            assertTrue(run.observed(VERSIONED, "staleRemove").startsWith("failed RollbackException/OptimisticLockException"),
                    run.observed(VERSIONED, "staleRemove"));
        }
        // removed: v1, s5 (through the root), c3 (stateless); bulk-deleted: the three named bulk, the two named gone
        assertEquals(Map.of(1L, true, 2L, false, 7L, true), flags(db, "vehicle", "deleted_at is not null"));
        assertEquals(Map.of(3L, true, 4L, false, 8L, true, 10L, true), flags(db, "car", "deleted_at is not null"));
        assertEquals(Map.of(5L, true, 6L, false, 9L, true, 11L, true), flags(db, "sportscar", "deleted_at is not null"));
        // the stale removal changed nothing but what the other transaction wrote
        assertEquals(Map.of("PLATE", "v2!", "VERSION", 1), db.rows("select plate, version from vehicle where id = 2").get(0));
        app.assertPhysicalDeletesOnlyFrom(VERSIONED);

        Database deleted = twin.database(VERSIONED);
        assertEquals(List.of(2L), ids(deleted, "vehicle"));
        assertEquals(List.of(4L), ids(deleted, "car"));
        assertEquals(List.of(6L), ids(deleted, "sportscar"));

        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("find", "[2, 4, 6]");
        reads.put("ids.Vehicle", "[2, 4, 6]");
        reads.put("ids.Car", "[4, 6]");
        reads.put("ids.SportsCar", "[6]");
        reads.put("count", "3");
        reads.put("type", "[2]");
        reads.put("typeCar", "[4]");
        reads.put("join.car", "[[bob, 6]]");
        reads.put("leftJoin.car", "[[ann, null], [bob, 6]]");
        reads.put("join.vehicle", "[[bob, 4]]");
        reads.forEach((read, expected) -> {
            assertEquals(expected, app.observed(VERSIONED, read), () -> read + "\n" + app.result());
            assertEquals(expected, twin.observed(VERSIONED, read), read);
        });
    }

    private static List<Object> ids(Database db, String table) {
        return RemovalIT.column(db.rows("select id from " + table + " order by id"), "ID");
    }

    /** Each row's id and the value of {@code flag}, a column or an expression, in the order of the ids. */
    private static Map<Long, Object> flags(Database db, String table, String flag) {
        Map<Long, Object> flags = new LinkedHashMap<>();
        for (Map<String, Object> row : db.rows("select id, " + flag + " as flag from " + table + " order by id")) {
            flags.put((Long) row.get("ID"), row.get("FLAG"));
        }
        return flags;
    }
}
