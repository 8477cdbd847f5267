package io.softdelete.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mapping zoo ({@code integration-tests/sample-app}, package {@code sample.zoo}) run in a forked JVM on one
 * Hibernate line: every case boots a unit of its own on an H2 database of its own.
 */
final class ZooApp {
    /**
     * The options a user gives to soft-delete every entity of the zoo's: one package, and a view named on its own;
     * the roots of two hierarchies, and two entities of the joins, with a flag of another strategy.
     */
    static final String OPTIONS = String.join(",",
            "entities=sample.zoo.*:sample.zoo.NamedViewCase$NamedView",
            "sample.zoo.TablePerClassCase$Animal.strategy=active",
            "sample.zoo.TablePerClassCase$Animal.column=active",
            "sample.zoo.VersionedTablePerClassCase$Vehicle.strategy=timestamp",
            "sample.zoo.VersionedTablePerClassCase$Vehicle.column=deleted_at",
            "sample.zoo.JoinsCase$Vet.strategy=timestamp",
            "sample.zoo.JoinsCase$Vet.column=deleted_at",
            "sample.zoo.JoinsCase$Toy.strategy=active",
            "sample.zoo.JoinsCase$Toy.column=active");

    /** {@link #OPTIONS} on a line without the timestamp strategy: the joins' vet gets the boolean one. */
    private static final String OPTIONS_WITHOUT_TIMESTAMP = OPTIONS
            .replace(",sample.zoo.VersionedTablePerClassCase$Vehicle.strategy=timestamp", "")
            .replace(",sample.zoo.VersionedTablePerClassCase$Vehicle.column=deleted_at", "")
            .replace(",sample.zoo.JoinsCase$Vet.strategy=timestamp", "")
            .replace(",sample.zoo.JoinsCase$Vet.column=deleted_at", "");

    private static final Map<HibernateLine, Run> WITH_AGENT = new EnumMap<>(HibernateLine.class);
    private static final Map<HibernateLine, Run> WITHOUT_AGENT = new EnumMap<>(HibernateLine.class);

    private ZooApp() {
    }

    /** What one run printed, and where each case's database is. */
    record Run(JvmResult result, Path directory) {
        Database database(String zooCase) {
            return Database.in(directory.resolve(zooCase));
        }

        String observed(String zooCase, String key) {
            return result.observed(zooCase + "." + key);
        }

        /** The SQL Hibernate logged for one case. */
        List<String> sql(String zooCase) {
            List<String> statements = new ArrayList<>();
            boolean inCase = false;
            for (String line : result.stdout().split("\n")) {
                if (line.startsWith("zoo case ")) {
                    inCase = line.equals("zoo case " + zooCase);
                } else if (inCase && line.startsWith("Hibernate: ")) {
                    statements.add(line.substring("Hibernate: ".length()));
                }
            }
            return statements;
        }

        /** Fails on any DELETE statement of the case's, but those of the tables named. */
        void assertPhysicalDeletesOnlyFrom(String zooCase, String... tables) {
            for (String sql : sql(zooCase)) {
                String[] words = sql.toLowerCase().split(" ");
                assertTrue(!words[0].equals("delete") || List.of(tables).contains(words[2]),
                        () -> "a physical delete in case " + zooCase + ": " + sql);
            }
        }
    }

    /** Every case, with {@link #OPTIONS}; run once per line and shared by the tests. */
    static synchronized Run withAgent(HibernateLine line) {
        return WITH_AGENT.computeIfAbsent(line, ignored -> run(line, options(line)));
    }

    /** The zoo's options on that line. */
    static String options(HibernateLine line) {
        return line.hasTimestampStrategy() ? OPTIONS : OPTIONS_WITHOUT_TIMESTAMP;
    }

    /** Every case, without the agent: the twin. */
    static synchronized Run withoutAgent(HibernateLine line) {
        return WITHOUT_AGENT.computeIfAbsent(line, ignored -> run(line, null));
    }

    /** The cases named, or every case, with these options ({@code null}: without the agent). */
    static Run run(HibernateLine line, String agentOptions, String... cases) {
        return run(line, agentOptions, Map.of(), cases);
    }

    /** The cases, with these options, each on its database (of one user) instead of an H2 file of its own. */
    static Run onDatabases(HibernateLine line, String agentOptions, Map<String, Database> databases) {
        return onDatabases(line, agentOptions, databases, "create");
    }

    /** As above, with that hbm2ddl action instead of {@code create}. */
    static Run onDatabases(HibernateLine line, String agentOptions, Map<String, Database> databases, String ddl) {
        return run(line, agentOptions, databases, ddl, databases.keySet().toArray(String[]::new));
    }

    private static Run run(HibernateLine line, String agentOptions, Map<String, Database> databases, String... cases) {
        return run(line, agentOptions, databases, "create", cases);
    }

    private static Run run(HibernateLine line, String agentOptions, Map<String, Database> databases, String ddl,
                           String... cases) {
        Path directory = Database.workFile("zoo-" + line + (agentOptions == null ? "-twin" : ""));
        ForkedJvm jvm = new ForkedJvm().agent(agentOptions)
                .systemProperty("zoo.dir", directory.toString())
                .systemProperty("zoo.ddl", ddl);
        databases.forEach((zooCase, database) -> jvm.systemProperty("zoo.url." + zooCase, database.url())
                .systemProperty("zoo.user", database.user()));
        jvm.arg("-cp").arg(line.zooClassPath()).arg("sample.zoo.Zoo");
        for (String zooCase : cases) {
            jvm.arg(zooCase);
        }
        return new Run(jvm.run().assertSucceeded(), directory);
    }
}
