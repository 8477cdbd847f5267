package io.softdelete.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A persistence unit the agent cannot serve as configured does not boot, and says why. The blog unit has
 * a Blog that cascades REMOVE (and orphan removal) to its Comments.
 */
class BootRefusalIT {
    private static final int BOOT_FAILED = 3;

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void aCascadeToAnUnconfiguredEntityIsRefused(HibernateLine line) {
        JvmResult app = SampleApp.runUnit(line, Database.empty("blog-refused"), "blog", "boot", "entities=sample.blog.Blog");

        assertRefused(app, "sample.blog.Blog.comments", "sample.blog.Comment", "cascadeToUnconfigured=hard-delete");
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void theHardDeleteOptionDeletesUnconfiguredChildrenForGood(HibernateLine line) {
        Database db = Database.empty("blog-hard-delete");
        JvmResult app = SampleApp.runUnit(line, db, "blog", "blog",
                "entities=sample.blog.Blog,cascadeToUnconfigured=hard-delete").assertSucceeded();

        assertEquals("0", app.observed("blogs"));
        assertEquals(true, db.value("select deleted from blog"));
        assertEquals(0L, db.count("comment"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void configuringTheChildToo(HibernateLine line) {
        Database db = Database.empty("blog-both");
        // and the reactions, which the database deletes with their comment
        SampleApp.runUnit(line, db, "blog", "blog", "entities=sample.blog.Blog:sample.blog.Comment:sample.blog.Reaction")
                .assertSucceeded();

        assertEquals(true, db.value("select deleted from blog"));
        assertEquals(true, db.value("select deleted from comment"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aDatabaseCascadeThatWouldDeleteAConfiguredRowIsRefused(HibernateLine line) {
        JvmResult app = SampleApp.runUnit(line, Database.empty("on-delete"), "blog", "boot", "entities=sample.blog.Reaction");

        assertRefused(app, "sample.blog.Reaction.comment is @OnDelete(CASCADE)", "configure sample.blog.Comment too");
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void anEntityWithHibernatesOwnSoftDeleteIsRefused(HibernateLine line) {
        JvmResult app = SampleApp.runUnit(line, Database.empty("annotated"), "blog", "boot", "entities=sample.blog.Draft");

        assertRefused(app, "sample.blog.Draft already carries @SoftDelete");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aClassThatIsNotAnEntityIsRefused(HibernateLine line) {
        JvmResult app = SampleApp.run(line, Database.empty("not-entity"), "boot",
                "entities=sample.shop.Tag:sample.Observations", "create");

        assertRefused(app, "sample.Observations named in option 'entities' is not a mapped entity");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aClassThatIsNotFoundIsRefused(HibernateLine line) {
        JvmResult app = SampleApp.run(line, Database.empty("not-found"), "boot", "entities=sample.shop.Custmer", "create");

        assertRefused(app, "sample.shop.Custmer named in option 'entities' was not found");
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void aSubclassIsRefusedInFavourOfItsRoot(HibernateLine line) {
        JvmResult app = SampleApp.run(line, Database.empty("not-root"), "boot", "entities=sample.shop.CardPayment", "create");

        assertRefused(app, "sample.shop.CardPayment is not the root", "sample.shop.Payment");
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void theBootLineListsEachSoftDeleteEntity(HibernateLine line) {
        JvmResult app = SampleApp.run(line, Database.empty("boot-line"), "boot", shopOptions(line), "create").assertSucceeded();

        assertEquals(1, app.agentLines().size(), app::toString);
        String bootLine = app.agentLines().get(0);
        for (String entity : new String[] {
            "sample.shop.Customer (column deleted, strategy boolean)",
            "sample.shop.PurchaseOrder (column deleted, strategy boolean)",
            line.hasTimestampStrategy() ? "sample.shop.OrderLine (column deleted_at, strategy timestamp)"
                    : "sample.shop.OrderLine (column deleted, strategy boolean)",
            "sample.shop.Payment (column deleted, strategy boolean)",
            "sample.shop.Document (column active, strategy active)"}) {
            assertTrue(bootLine.contains(entity), () -> entity + " missing in " + bootLine);
        }
    }

    /** Hibernate ORM 6.6 has no timestamp soft delete: no fallback to another strategy, no removal at all. */
    @Test
    void onHibernate66TheTimestampStrategyRefusesTheUnitAndNothingIsDeleted() {
        Database db = SampleApp.seededShop(HibernateLine.HIBERNATE_6_6, "timestamp-on-6.6");
        JvmResult app = SampleApp.run(HibernateLine.HIBERNATE_6_6, db, "remove-customer", SampleApp.SHOP_OPTIONS);

        assertRefused(app, "sample.shop.OrderLine is configured with strategy=timestamp", "Hibernate ORM 6.6.",
                "use strategy=boolean or strategy=active");
        assertEquals(3L, db.count("customer"));
        assertEquals(0L, db.value("select count(*) from customer where deleted"));
        assertEquals(3L, db.count("order_line"));
        assertEquals(0L, db.value("select count(*) from order_line where deleted"));
    }

    @Test
    void onHibernate66TheSameRemovalWithoutTheTimestampStrategyIsASoftDelete() {
        Database db = SampleApp.seededShop(HibernateLine.HIBERNATE_6_6, "timestamp-on-6.6-twin");
        SampleApp.run(HibernateLine.HIBERNATE_6_6, db, "remove-customer", shopOptions(HibernateLine.HIBERNATE_6_6))
                .assertSucceeded();

        assertEquals(3L, db.count("customer"));
        assertEquals(1L, db.value("select count(*) from customer where deleted"));
    }

    private static void assertRefused(JvmResult app, String... expectedParts) {
        assertEquals(BOOT_FAILED, app.exitCode(), app::toString);
        String error = app.observed("boot.error");
        assertTrue(error.startsWith("soft-delete-agent: "), error);
        for (String part : expectedParts) {
            assertTrue(error.contains(part), () -> "'" + part + "' missing in " + error);
        }
        assertTrue(app.agentLines().stream().anyMatch(line -> line.equals(error)), app::toString);
    }
}
