package io.softdelete.it;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.JournalIT.journalOptions;
import static io.softdelete.it.JournalIT.journaledShop;
import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restoring from the command line ({@code java -jar soft-delete-agent.jar PID ...}) against the running sample
 * application, through the MBean of the agent running there; raw rows read once the application has ended. The
 * application removed, in this order: alice's order of 20 (an orphan), alice (with her order of 10 and its lines
 * apple and pear), bob's plum line (a stateless delete).
 */
class RestoreIT {

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void restoringAJournaledRemovalBringsBackExactlyItsRows(HibernateLine line) {
        Database db = journaledShop(line, "restore-removal");
        ForkedJvm.Running app = serve(line, db, journalOptions(line));
        JvmResult listed = cli(app, "removals").assertSucceeded();
        JvmResult listing = cli(null).assertSucceeded();
        String alicesRemoval = removalOf(listed, "sample.shop.Customer");
        JvmResult shown = cli(app, "show", alicesRemoval).assertSucceeded();
        JvmResult restored = cli(app, "restore", alicesRemoval).assertSucceeded();
        JvmResult again = cli(app, "restore", alicesRemoval);
        JvmResult json = cli(app, "removals", "--json").assertSucceeded();
        JvmResult ofLines = cli(app, "removals", "--entity", "sample.shop.OrderLine").assertSucceeded();
        JvmResult latest = cli(app, "removals", "--limit", "1").assertSucceeded();
        JvmResult future = cli(app, "removals", "--since", "2999-01-01T00:00:00Z").assertSucceeded();
        JvmResult after = app.finish().assertSucceeded();

        assertTrue(listing.stdout().lines().anyMatch(row -> row.startsWith(app.pid() + " ") && row.endsWith(" shop")),
                listing::toString);
        List<String> removals = listed.stdout().lines().toList();
        assertTrue(removals.get(0).startsWith("REMOVAL "), listed::toString);
        assertEquals(4, removals.size(), listed::toString);
        assertTrue(removals.get(1).contains(" stateless ") && removals.get(1).contains(" sample.shop.OrderLine "), listed::toString);
        assertTrue(removals.get(3).contains(" orphan ") && removals.get(3).contains(" sample.shop.PurchaseOrder "),
                listed::toString);
        assertTrue(removals.get(2).matches(alicesRemoval + " +\\d{4}-\\d\\d-\\d\\dT\\S+Z +- +remove +sample\\.shop\\.Customer +"
                + after.observed("alice.id") + " +4 +0"), listed::toString);
        // the tree: alice, under her the order, under it its lines
        List<String> tree = shown.stdout().lines().toList();
        assertEquals(5, tree.size(), shown::toString);
        assertTrue(tree.get(1).startsWith("sample.shop.Customer "), shown::toString);
        assertTrue(tree.get(2).startsWith("  sample.shop.PurchaseOrder "), shown::toString);
        assertTrue(tree.get(3).startsWith("    sample.shop.OrderLine ") && tree.get(4).startsWith("    sample.shop.OrderLine "),
                shown::toString);
        assertTrue(restored.stdout().contains("restored 4 rows of removal " + alicesRemoval), restored::toString);
        assertEquals(1, again.exitCode(), again::toString);
        assertEquals("soft-delete-agent: removal " + alicesRemoval + " was restored already", again.stderr().strip()
                .replaceAll(" \\(.*\\)$", ""));
        assertTrue(json.stdout().startsWith("[{\"removalId\":"), json::toString);
        // the removals that flagged an order line: alice's (her order's lines) and the stateless one, not the orphan
        assertEquals(3, ofLines.stdout().lines().count(), ofLines::toString);
        assertEquals(2, latest.stdout().lines().count(), latest::toString);
        assertEquals(removals.get(1).split(" ")[0], latest.stdout().lines().toList().get(1).split(" ")[0], latest::toString);
        assertEquals(1, future.stdout().lines().count(), future::toString);

        // exactly that removal: not the order removed before it on its own, not the line removed after it
        assertEquals("[alice, bob, carol]", after.observed("customers"));
        assertEquals("[10, 30]", after.observed("orders"));
        assertEquals("[apple, pear]", after.observed("lines"));
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(false, db.value("select deleted from purchase_order where amount = 10"));
        assertEquals(true, db.value("select deleted from purchase_order where amount = 20"));
        assertEquals(1L, db.value("select count(*) from order_line where " + SampleApp.removedOrderLine(line)));
        // the rows the removal kept come back with it
        assertEquals(2L, db.count("customer_nickname"));
        assertEquals(3L, db.count("order_tag"));
        assertEquals(4L, db.value("select count(*) from removal_journal where restored_at is not null and removal_id = '"
                + alicesRemoval + "'"));
        assertEquals(0L, db.value("select count(*) from removal_journal where restored_at is not null and removal_id <> '"
                + alicesRemoval + "'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutAJournalARowComesBackAloneAndTheResultSaysWhatItMayHaveCascadedTo(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "restore-unjournaled");
        ForkedJvm.Running app = serve(line, db, shopOptions(line));
        String alice = app.sofar().observed("alice.id");
        JvmResult restored = cli(app, "restore", "--entity", "sample.shop.Customer", "--id", alice).assertSucceeded();
        JvmResult noJournal = cli(app, "removals");
        JvmResult after = app.finish().assertSucceeded();

        assertTrue(restored.stdout().contains("restored 1 row"), restored::toString);
        assertTrue(restored.stdout().contains("not restored (no journal of its removal): what it may have cascaded to in"
                + " sample.shop.PurchaseOrder"), restored::toString);
        assertEquals(1, noJournal.exitCode(), noJournal::toString);
        assertTrue(noJournal.stderr().startsWith("soft-delete-agent: this persistence unit has no removal journal"), noJournal::toString);
        assertEquals("[alice, bob, carol]", after.observed("customers"));
        assertEquals("[30]", after.observed("orders"));
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(true, db.value("select deleted from purchase_order where amount = 10"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void restoringARowBringsBackWhatItsRemovalCascadedFromItAndNothingAbove(HibernateLine line) {
        Database db = journaledShop(line, "restore-subtree");
        ForkedJvm.Running app = serve(line, db, journalOptions(line));
        JvmResult restored = cli(app, "restore", "--entity", "sample.shop.PurchaseOrder", "--id",
                app.sofar().observed("order10.id")).assertSucceeded();
        JvmResult after = app.finish().assertSucceeded();

        assertTrue(restored.stdout().contains("restored 3 rows of removal "), restored::toString);
        assertTrue(restored.stdout().contains("still removed (above it in its removal): sample.shop.Customer#"
                + after.observed("alice.id")), restored::toString);
        assertEquals("[bob, carol]", after.observed("customers"));
        assertEquals("[10, 30]", after.observed("orders"));
        assertEquals("[apple, pear]", after.observed("lines"));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void refusedRestoresChangeNothingAndSaySo(HibernateLine line) {
        Database db = journaledShop(line, "restore-refused");
        ForkedJvm.Running app = serve(line, db, journalOptions(line));
        String bob = app.sofar().observed("bob.id");
        JvmResult notRemoved = cli(app, "restore", "--entity", "sample.shop.Customer", "--id", bob);
        JvmResult badId = cli(app, "restore", "--entity", "sample.shop.Customer", "--id", "abc");
        JvmResult unknownEntity = cli(app, "restore", "--entity", "sample.shop.Nothing", "--id", "1");
        JvmResult unknownRemoval = cli(app, "restore", "no-such-removal");
        JvmResult after = app.finish().assertSucceeded();
        JvmResult unknownPid = cli(app, "removals");

        assertRefused(notRemoved, "soft-delete-agent: cannot restore sample.shop.Customer#" + bob + ": it is not removed");
        assertRefused(badId, "soft-delete-agent: 'abc' is not an id of sample.shop.Customer (Long)");
        assertRefused(unknownEntity, "soft-delete-agent: unknown entity sample.shop.Nothing");
        assertRefused(unknownRemoval, "soft-delete-agent: there is no removal no-such-removal in the journal");
        assertRefused(unknownPid, "soft-delete-agent: cannot attach to JVM " + app.pid());
        assertEquals("[bob, carol]", after.observed("customers"));
        assertEquals(0L, db.value("select count(*) from removal_journal where restored_at is not null"));
    }

    private static void assertRefused(JvmResult result, String messageStart) {
        assertNotEquals(0, result.exitCode(), result::toString);
        assertEquals(1, result.stderr().strip().lines().count(), result::toString);
        assertTrue(result.stderr().startsWith(messageStart), result::toString);
        assertEquals("", result.stdout(), result::toString);
    }

    /** The sample application after its removals, serving until the test ends its input. */
    static ForkedJvm.Running serve(HibernateLine line, Database db, String options) {
        return db.pointAt(new ForkedJvm().agent(options))
                .systemProperty("sample.ddl", "none")
                .systemProperty("sample.serve", "visible")
                .systemProperty("sample.showSql", "false")
                .arg("-cp").arg(line.classPath())
                .arg("sample.SampleApp").arg("journal-removals")
                .start("observe serving=");
    }

    /** The command line against that application ({@code null}: with no PID). */
    static JvmResult cli(ForkedJvm.Running app, String... args) {
        ForkedJvm cli = new ForkedJvm().arg("-jar").arg(ForkedJvm.AGENT_JAR.toString());
        List<String> all = new ArrayList<>();
        if (app != null) {
            all.add(app.pid());
        }
        all.addAll(List.of(args));
        for (String arg : all) {
            cli.arg(arg);
        }
        return cli.run();
    }

    static String removalOf(JvmResult removals, String rootEntity) {
        for (String row : removals.stdout().lines().toList()) {
            String[] fields = row.split(" +");
            if (fields.length > 4 && fields[4].equals(rootEntity)) {
                return fields[0];
            }
        }
        throw new AssertionError("no removal of " + rootEntity + " in\n" + removals);
    }
}
