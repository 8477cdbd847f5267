package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server for the test JVM (binaries from Maven), started on first use. */
final class Postgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<HibernateLine, String> TEMPLATES = new EnumMap<>(HibernateLine.class);
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's directory goes with it
                }
            }));
        }
        return server;
    }

    /** A new, empty database. */
    static Database empty() {
        String name = "db_" + COUNTER.incrementAndGet();
        createDatabase(name, null);
        return Database.postgres(server().getJdbcUrl("postgres", name));
    }

    /** A database of its own, copied from the seeded, migrated shop of the line (see {@link SampleApp#seededShop}). */
    static Database seededShop(HibernateLine line) {
        String template;
        synchronized (TEMPLATES) {
            template = TEMPLATES.get(line);
            if (template == null) {
                template = "template_" + line.name().toLowerCase();
                createDatabase(template, null);
                Database db = Database.postgres(server().getJdbcUrl("postgres", template));
                SampleApp.run(line, db, "seed", null, "create").assertSucceeded();
                db.execute(SampleApp.shopMigration(line));
                TEMPLATES.put(line, template);
            }
        }
        String name = "shop_" + COUNTER.incrementAndGet();
        createDatabase(name, template);
        return Database.postgres(server().getJdbcUrl("postgres", name));
    }

    private static void createDatabase(String name, String template) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + (template == null ? "" : " template " + template));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
