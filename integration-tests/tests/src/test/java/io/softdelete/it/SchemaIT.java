package io.softdelete.it;

import java.util.Map;

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
