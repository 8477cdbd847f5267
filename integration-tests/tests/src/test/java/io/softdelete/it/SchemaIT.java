package io.softdelete.it;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.softdelete.it.SampleApp.shopOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema generation gives each configured entity table its flag column, and nothing else. */
class SchemaIT {
    private static final String COLUMNS = "select table_name, column_name, is_nullable, column_default"
            + " from information_schema.columns where table_schema = 'PUBLIC' and table_name not like 'HT%'";

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void hbm2ddlCreatesTheFlagColumns(HibernateLine line) {
        Database withAgent = Database.empty("schema-" + line);
        SampleApp.run(line, withAgent, "boot", shopOptions(line), "create").assertSucceeded();
        Database withoutAgent = Database.empty("schema-twin-" + line);
        SampleApp.run(line, withoutAgent, "boot", null, "create").assertSucceeded();

        Map<String, String> added = new java.util.TreeMap<>();
        for (Map<String, Object> column : withAgent.rows(COLUMNS)) {
            String name = column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME");
            added.put(name, column.get("IS_NULLABLE") + " " + column.get("COLUMN_DEFAULT"));
        }
        for (Map<String, Object> column : withoutAgent.rows(COLUMNS)) {
            added.remove(column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME"));
        }
        assertEquals(Map.of(
                "CUSTOMER.DELETED", "NO FALSE",
                "PURCHASE_ORDER.DELETED", "NO FALSE",
                "PAYMENT.DELETED", "NO FALSE",
                "DOCUMENT.ACTIVE", "NO TRUE",
                line.hasTimestampStrategy() ? "ORDER_LINE.DELETED_AT" : "ORDER_LINE.DELETED",
                line.hasTimestampStrategy() ? "YES null" : "NO FALSE"), added);
        assertTrue(withAgent.rows(COLUMNS + " and table_name = 'SUPPLIER' and column_name = 'IS_DELETED'").size() == 1);
    }

    /**
     * Where Hibernate leaves the tables as they are, a unit whose tables lack the flag columns does not boot, and says
     * which statements add them; run, they let it boot, and the rows already there stay live. The twin without the
     * agent shows the tables are usable as they are.
     */
    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_6_6", "HIBERNATE_7_4"})
    void withoutTheMigrationTheUnitRefusesToBootAndGivesTheStatements(HibernateLine line) {
        Database db = Database.empty("schema-missing-" + line);
        SampleApp.run(line, db, "seed", null, "create").assertSucceeded();
        SampleApp.run(line, db, "boot", null, "none").assertSucceeded();

        List<String> statements = List.of();
        for (String action : new String[] {"none", "validate"}) {
            JvmResult refused = SampleApp.run(line, db, "remove-customer", shopOptions(line), action);
            assertEquals(3, refused.exitCode(), refused::toString);
            String message = refused.observed("boot.error");
            assertTrue(message.startsWith("soft-delete-agent: the persistence unit may not boot: table "), message);
            assertTrue(message.contains("; table Customer has no column deleted for the flag (strategy boolean); "), message);
            statements = statementsOf(refused);
            // the migration the README gives, as H2 takes it, tables named as Hibernate's SQL names them
            assertTrue(statements.contains("alter table Customer add column deleted boolean default false not null"), message);
            assertEquals(Set.of(SampleApp.shopMigration(line)), lowerCase(statements), message);
            assertEquals(3L, db.count("customer"));
        }

        db.execute(statements.toArray(String[]::new));
        JvmResult app = SampleApp.run(line, db, "remove-customer", shopOptions(line), "validate").assertSucceeded();
        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals(List.of(true, false, false), RemovalIT.column(db.rows("select deleted from customer order by name"), "DELETED"));
    }

    /** The statements a boot refused for want of flag columns gives. */
    static List<String> statementsOf(JvmResult refused) {
        return statementsOf(refused.observed("boot.error"));
    }

    static List<String> statementsOf(String message) {
        int add = message.indexOf("; add the flag with: ");
        assertTrue(add > 0, message);
        return List.of(message.substring(add + "; add the flag with: ".length()).split("; "));
    }

    static Set<String> lowerCase(List<String> statements) {
        Set<String> lower = new TreeSet<>();
        statements.forEach(statement -> lower.add(statement.toLowerCase(Locale.ROOT)));
        return lower;
    }

    @ParameterizedTest
    @EnumSource(value = HibernateLine.class, names = {"HIBERNATE_7_4"})
    void aFlagColumnOfAnotherTypeRefusesTheUnit(HibernateLine line) {
        Database db = SampleApp.seededShop(line, "schema-mistyped");
        db.execute("alter table document drop column active");
        db.execute("alter table document add column active varchar(5) default 'yes' not null");

        JvmResult refused = SampleApp.run(line, db, "remove-customer", shopOptions(line));
        assertEquals(3, refused.exitCode(), refused::toString);
        assertEquals("soft-delete-agent: the persistence unit may not boot: column active of table Document is CHARACTER"
                + " VARYING, which the flag (strategy active) cannot be written as: it needs boolean; change its type, or give"
                + " the agent a column of its own (option column)", refused.observed("boot.error"));
        assertEquals(false, db.value("select deleted from customer where name = 'alice'"));
    }

    @ParameterizedTest
    @EnumSource(HibernateLine.class)
    void hbm2ddlUpdateAddsTheColumnsToTablesThatHaveRowsWhichStayLive(HibernateLine line) {
        Database db = Database.empty("schema-update-" + line);
        SampleApp.run(line, db, "seed", null, "create").assertSucceeded();
        JvmResult app = SampleApp.run(line, db, "remove-customer", shopOptions(line), "update").assertSucceeded();

        assertEquals("[bob, carol]", app.observed("customers"));
        assertEquals(true, db.value("select deleted from customer where name = 'alice'"));
        assertEquals(false, db.value("select deleted from customer where name = 'bob'"));
        assertEquals(true, db.value("select active from document where title = 'memo'"));
    }
}
