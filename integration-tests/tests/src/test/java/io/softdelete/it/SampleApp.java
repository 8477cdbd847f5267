package io.softdelete.it;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The plain-Hibernate sample app ({@code integration-tests/sample-app}) run in a forked JVM, on one
 * Hibernate line, against one database.
 */
final class SampleApp {
    /** The options the tests give the agent for the shop persistence unit. */
    static final String SHOP_OPTIONS = String.join(",",
            "entities=sample.shop.Customer:sample.shop.PurchaseOrder:sample.shop.OrderLine:sample.shop.Payment"
                    + ":sample.shop.Document:sample.shop.Supplier",
            "sample.shop.OrderLine.strategy=timestamp",
            "sample.shop.OrderLine.column=deleted_at",
            "sample.shop.Document.strategy=active",
            "sample.shop.Document.column=active",
            "sample.shop.Supplier.column=is_deleted");

    /** {@link #SHOP_OPTIONS} on a line without the timestamp strategy: order lines get the boolean one. */
    private static final String SHOP_OPTIONS_WITHOUT_TIMESTAMP = SHOP_OPTIONS
            .replace(",sample.shop.OrderLine.strategy=timestamp,sample.shop.OrderLine.column=deleted_at", "");

    /** The flag columns a user adds before starting with {@link #SHOP_OPTIONS}: the README's migration (H2, PostgreSQL). */
    static final String[] SHOP_MIGRATION = {
        "alter table customer add column deleted boolean default false not null",
        "alter table purchase_order add column deleted boolean default false not null",
        "alter table order_line add column deleted_at timestamp(6) with time zone",
        "alter table payment add column deleted boolean default false not null",
        "alter table document add column active boolean default true not null",
    };

    /** The shop's agent options on that line. */
    static String shopOptions(HibernateLine line) {
        return line.hasTimestampStrategy() ? SHOP_OPTIONS : SHOP_OPTIONS_WITHOUT_TIMESTAMP;
    }

    /** The migration for {@link #shopOptions} on that line. */
    static String[] shopMigration(HibernateLine line) {
        return line.hasTimestampStrategy() ? SHOP_MIGRATION : Arrays.stream(SHOP_MIGRATION)
                .map(statement -> statement.replace("deleted_at timestamp(6) with time zone", "deleted boolean default false not null"))
                .toArray(String[]::new);
    }

    /** The SQL condition on an order line's flag that means removed, on that line. */
    static String removedOrderLine(HibernateLine line) {
        return line.hasTimestampStrategy() ? "deleted_at is not null" : "deleted = true";
    }

    /** The SQL assignment that marks an order line removed, on that line. */
    static String orderLineRemoval(HibernateLine line) {
        return line.hasTimestampStrategy() ? "deleted_at = current_timestamp" : "deleted = true";
    }

    private static final Map<HibernateLine, Database> TEMPLATES = new EnumMap<>(HibernateLine.class);

    private SampleApp() {
    }

    /**
     * A database with the shop's tables, as the application's own schema generation makes them without
     * the agent, the migration applied, and the seed data: alice (orders of 10 and 20), bob (order of 30),
     * carol; tags red, blue, green; notes by alice and bob; a card payment and a bank transfer; an
     * invoice and a memo; suppliers acme and globex.
     */
    static synchronized Database seededShop(HibernateLine line, String name) {
        Database template = TEMPLATES.get(line);
        if (template == null) {
            template = Database.empty("template-" + line);
            run(line, template, "seed", null, "create").assertSucceeded();
            template.execute(shopMigration(line));
            TEMPLATES.put(line, template);
        }
        return template.copy(name + "-" + line);
    }

    static JvmResult run(HibernateLine line, Database database, String scenario, String agentOptions) {
        return run(line, database, scenario, agentOptions, "none");
    }

    static JvmResult run(HibernateLine line, Database database, String scenario, String agentOptions, String ddl) {
        return jvm(line, database, agentOptions, ddl).arg("sample.SampleApp").arg(scenario).run();
    }

    /** With Hibernate's inline strategy for bulk mutations of multi-table entities instead of its temporary tables. */
    static JvmResult runInlineBulk(HibernateLine line, Database database, String scenario, String agentOptions) {
        return jvm(line, database, agentOptions, "none")
                .systemProperty("sample.mutationStrategy", "org.hibernate.query.sqm.mutation.internal.inline.InlineMutationStrategy")
                .arg("sample.SampleApp").arg(scenario).run();
    }

    /** With Hibernate's batch fetching on, as many applications configure it. */
    static JvmResult runBatchFetching(HibernateLine line, Database database, String scenario, String agentOptions) {
        return jvm(line, database, agentOptions, "none").systemProperty("sample.batch", "16")
                .arg("sample.SampleApp").arg(scenario).run();
    }

    private static ForkedJvm jvm(HibernateLine line, Database database, String agentOptions, String ddl) {
        return database.pointAt(new ForkedJvm().agent(agentOptions))
                .systemProperty("sample.ddl", ddl)
                .arg("-cp").arg(line.classPath());
    }

    static JvmResult runUnit(HibernateLine line, Database database, String unit, String scenario, String agentOptions) {
        return new ForkedJvm()
                .agent(agentOptions)
                .systemProperty("sample.url", database.url())
                .systemProperty("sample.ddl", "create")
                .systemProperty("sample.unit", unit)
                .arg("-cp").arg(line.classPath())
                .arg("sample.SampleApp").arg(scenario)
                .run();
    }
}
