package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workload wrote about its rows ({@code table id LIVE|REMOVED|GONE}), checked against the raw
 * tables: a live or removed row must be there, flagged as it should be; a row gone for good (an unconfigured
 * entity's) must not.
 */
final class RowExpectations {
    /** Per table: the SQL condition on its flag that means removed, on that Hibernate line. */
    private static Map<String, String> removed(HibernateLine line) {
        return Map.of(
                "customer", "deleted = true",
                "purchase_order", "deleted = true",
                "order_line", SampleApp.removedOrderLine(line),
                "payment", "deleted = true",
                "document", "active = false");
    }

    int checked;
    int lost;
    int wrongFlag;
    int resurrected;
    final List<String> problems = new ArrayList<>();

    /** With {@code flaggedOn} a line, each row's flag is checked too, as that line's options set it. */
    static RowExpectations check(Path file, Database db, HibernateLine flaggedOn) {
        Map<String, Map<Long, String>> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] row = line.split(" ");
                expected.computeIfAbsent(row[0], ignored -> new LinkedHashMap<>())
                        .put(Long.valueOf(row[1]), row.length > 2 ? row[2] : "LIVE");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RowExpectations result = new RowExpectations();
        Map<String, String> removed = flaggedOn == null ? Map.of() : removed(flaggedOn);
        expected.forEach((table, rows) -> result.check(db, table, rows, removed.get(table)));
        return result;
    }

    /** One query per table: the id of every row there, and whether its flag says removed. */
    private void check(Database db, String table, Map<Long, String> expected, String condition) {
        String removed = condition != null ? "case when " + condition + " then 1 else 0 end" : "0";
        Map<Long, Boolean> present = new HashMap<>();
        for (Map<String, Object> row : db.rows("select id, " + removed + " as removed from " + table)) {
            present.put(((Number) row.get("ID")).longValue(), ((Number) row.get("REMOVED")).intValue() == 1);
        }
        expected.forEach((id, state) -> {
            checked++;
            Boolean flaggedRemoved = present.get(id);
            if (state.equals("GONE")) {
                if (flaggedRemoved != null) {
                    resurrected++;
                    problems.add(table + " " + id + " should be gone");
                }
            } else if (flaggedRemoved == null) {
                lost++;
                problems.add(table + " " + id + " (" + state + ") is lost");
            } else if (condition != null && flaggedRemoved != state.equals("REMOVED")) {
                wrongFlag++;
                problems.add(table + " " + id + " should be " + state);
            }
        });
    }

    @Override
    public String toString() {
        return checked + " rows checked, " + lost + " lost, " + wrongFlag + " wrongly flagged, " + resurrected
                + " back from the dead" + (problems.isEmpty() ? "" : "; first: " + problems.subList(0, Math.min(5, problems.size())));
    }
}
