package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database shared by a forked application JVM and the test, which reads raw rows with plain JDBC after
 * the application has ended: an H2 database in a file, or a PostgreSQL database.
 */
final class Database {
    private static final Path WORK = Path.of(System.getProperty("work.dir")).toAbsolutePath();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Path directory;
    private final String url;
    private final String driver;
    private final String user;

    private Database(Path directory) {
        this.directory = directory;
        this.url = "jdbc:h2:" + directory.resolve("db");
        this.driver = "org.h2.Driver";
        this.user = "sa";
    }

    private Database(String url, String driver, String user) {
        this.directory = null;
        this.url = url;
        this.driver = driver;
        this.user = user;
    }

    /** The H2 database in a directory of its own, as {@code Zoo} makes one per case. */
    static Database in(Path directory) {
        return new Database(directory);
    }

    static Database postgres(String url) {
        return new Database(url, "org.postgresql.Driver", "postgres");
    }

    /** A path of its own under the tests' work directory (target/), for a file or directory a test leaves there. */
    static Path workFile(String name) {
        try {
            Files.createDirectories(WORK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WORK.resolve(COUNTER.incrementAndGet() + "-" + name);
    }

    static Database empty(String name) {
        try {
            Path directory = WORK.resolve(name + "-" + COUNTER.incrementAndGet());
            Files.createDirectories(directory);
            try (var stale = Files.list(directory)) {
                for (Path file : stale.toList()) {
                    Files.delete(file);
                }
            }
            return new Database(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Database copy(String name) {
        Database copy = empty(name);
        try {
            Files.copy(directory.resolve("db.mv.db"), copy.directory.resolve("db.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    /** The application JVM's system properties that point it at this database. */
    ForkedJvm pointAt(ForkedJvm jvm) {
        return jvm.systemProperty("sample.url", url).systemProperty("sample.driver", driver)
                .systemProperty("sample.user", user);
    }

    void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Raw rows, each column by its upper-case name. */
    List<Map<String, Object>> rows(String query) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery(query)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = resultSet.getMetaData().getColumnCount();
            while (resultSet.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(resultSet.getMetaData().getColumnLabel(i).toUpperCase(), resultSet.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** One value of one row. */
    Object value(String query) {
        List<Map<String, Object>> rows = rows(query);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value from " + query + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    long count(String table) {
        return ((Number) value("select count(*) from " + table)).longValue();
    }
}
