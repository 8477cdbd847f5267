package io.softdelete.agent.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.management.openmbean.CompositeData;

import io.softdelete.agent.SoftDeleteAgent;

/**
 * {@code java -jar soft-delete-agent.jar [PID COMMAND ...]}: lists the JVMs that run the agent, and reads and
 * restores removals in one of them, through the MBean of the agent already running there ({@link AgentConnection});
 * it never loads the agent a second time. Plain aligned text, or JSON with {@code --json}. Exit status 0, or 1 with
 * one {@code soft-delete-agent:} line on standard error.
 */
public final class Cli {
    private static final String USAGE = "usage: java -jar soft-delete-agent.jar [--json]"
            + " | PID removals [--entity NAME] [--since INSTANT] [--limit N]"
            + " | PID show REMOVAL_ID | PID restore REMOVAL_ID | PID restore --entity NAME --id ID"
            + " (each with [--unit NAME] [--json])";

    private final PrintStream out;

    Cli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            new Cli(System.out).run(args);
        } catch (CliException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    void run(String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments.pid == null) {
            listJvms(arguments.json);
            return;
        }
        try (AgentConnection connection = AgentConnection.open(arguments.pid)) {
            String unit = connection.unit(arguments.option("--unit"));
            switch (arguments.command) {
                case "removals" -> removals(connection, unit, arguments);
                case "show" -> show(connection, unit, arguments);
                case "restore" -> restore(connection, unit, arguments);
                default -> throw new CliException("unknown command '" + arguments.command + "'; " + USAGE);
            }
        }
    }

    private void listJvms(boolean json) {
        List<Map<String, Object>> jvms = new ArrayList<>();
        for (AgentConnection.Jvm jvm : AgentConnection.jvmsRunningTheAgent()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("pid", jvm.pid());
            entry.put("main", jvm.mainClass());
            entry.put("units", jvm.units());
            jvms.add(entry);
        }
        if (json) {
            out.println(Json.write(jvms));
            return;
        }
        Table table = new Table("PID", "MAIN", "UNITS");
        for (Map<String, Object> jvm : jvms) {
            table.row(jvm.get("pid"), jvm.get("main"), String.join(",", (List<String>) jvm.get("units")));
        }
        table.print(out);
    }

    private void removals(AgentConnection connection, String unit, Arguments arguments) {
        int limit = 50;
        String limitText = arguments.option("--limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw new CliException("--limit must be a number, not '" + limitText + "'");
            }
        }
        arguments.noPositional(0);
        CompositeData[] removals = (CompositeData[]) connection.invoke(unit, "removals",
                new Object[] {arguments.option("--entity"), arguments.option("--since"), limit},
                new String[] {String.class.getName(), String.class.getName(), int.class.getName()});
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CompositeData removal : removals) {
            rows.add(fields(removal, "removalId", "removedAt", "removedBy", "origin", "entity", "rowId", "rows", "restoredRows"));
        }
        if (arguments.json) {
            out.println(Json.write(rows));
            return;
        }
        Table table = new Table("REMOVAL", "WHEN", "WHO", "ORIGIN", "ENTITY", "ID", "ROWS", "RESTORED");
        for (Map<String, Object> row : rows) {
            table.row(row.get("removalId"), row.get("removedAt"), orDash(row.get("removedBy")), row.get("origin"),
                    row.get("entity"), row.get("rowId"), row.get("rows"), row.get("restoredRows"));
        }
        table.print(out);
    }

    private void show(AgentConnection connection, String unit, Arguments arguments) {
        String removalId = arguments.positional(0, "REMOVAL_ID");
        arguments.noPositional(1);
        CompositeData[] rows = (CompositeData[]) connection.invoke(unit, "show", new Object[] {removalId},
                new String[] {String.class.getName()});
        List<Map<String, Object>> tree = new ArrayList<>();
        for (CompositeData row : rows) {
            tree.add(fields(row, "entity", "id", "parentEntity", "parentId", "origin", "restoredAt"));
        }
        if (arguments.json) {
            out.println(Json.write(tree));
            return;
        }
        Table table = new Table("ENTITY", "ID", "ORIGIN", "RESTORED");
        for (Map<String, Object> root : tree) {
            if (root.get("parentEntity") == null) {
                printTree(table, tree, root, 0);
            }
        }
        table.print(out);
    }

    private void printTree(Table table, List<Map<String, Object>> rows, Map<String, Object> node, int depth) {
        table.row("  ".repeat(depth) + node.get("entity"), node.get("id"), node.get("origin"), orDash(node.get("restoredAt")));
        for (Map<String, Object> child : rows) {
            if (node.get("entity").equals(child.get("parentEntity")) && node.get("id").equals(child.get("parentId"))) {
                printTree(table, rows, child, depth + 1);
            }
        }
    }

    private void restore(AgentConnection connection, String unit, Arguments arguments) {
        CompositeData result;
        String entity = arguments.option("--entity");
        if (entity != null) {
            String id = arguments.option("--id");
            if (id == null) {
                throw new CliException("restore --entity needs --id; " + USAGE);
            }
            arguments.noPositional(0);
            result = (CompositeData) connection.invoke(unit, "restoreRow", new Object[] {entity, id},
                    new String[] {String.class.getName(), String.class.getName()});
        } else {
            String removalId = arguments.positional(0, "REMOVAL_ID");
            arguments.noPositional(1);
            result = (CompositeData) connection.invoke(unit, "restoreRemoval", new Object[] {removalId},
                    new String[] {String.class.getName()});
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("removalId", result.get("removalId"));
        view.put("restored", List.of((String[]) result.get("restored")));
        view.put("stillRemoved", List.of((String[]) result.get("stillRemoved")));
        view.put("notRestoredEntities", List.of((String[]) result.get("notRestoredEntities")));
        if (arguments.json) {
            out.println(Json.write(view));
            return;
        }
        Table table = new Table("ENTITY", "ID");
        for (String row : (List<String>) view.get("restored")) {
            int hash = row.lastIndexOf('#');
            table.row(row.substring(0, hash), row.substring(hash + 1));
        }
        table.print(out);
        List<?> restored = (List<?>) view.get("restored");
        out.println("restored " + restored.size() + (restored.size() == 1 ? " row" : " rows")
                + (view.get("removalId") == null ? "" : " of removal " + view.get("removalId")));
        for (Object above : (List<?>) view.get("stillRemoved")) {
            out.println("still removed (above it in its removal): " + above);
        }
        for (Object entityName : (List<?>) view.get("notRestoredEntities")) {
            out.println("not restored (no journal of its removal): what it may have cascaded to in " + entityName);
        }
    }

    /** Those items of what the MBean returned, in this order: as the JSON output names them. */
    private static Map<String, Object> fields(CompositeData data, String... names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, data.get(name));
        }
        return fields;
    }

    private static Object orDash(Object value) {
        return value == null ? "-" : value;
    }

    /** A failure the user caused or must know of: its message is the one line on standard error. */
    static final class CliException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CliException(String message) {
            super(message.startsWith(SoftDeleteAgent.PREFIX) ? message : SoftDeleteAgent.PREFIX + message);
        }
    }

    /** PID, command, positional arguments and {@code --key value} options; {@code --json} takes no value. */
    static final class Arguments {
        String pid;
        String command;
        boolean json;
        final List<String> positional = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--json")) {
                    parsed.json = true;
                } else if (List.of("--entity", "--since", "--limit", "--id", "--unit").contains(arg)) {
                    if (i + 1 == args.length) {
                        throw new CliException("option " + arg + " needs a value; " + USAGE);
                    }
                    parsed.options.put(arg, args[++i]);
                } else if (arg.startsWith("--")) {
                    throw new CliException("unknown option " + arg + "; " + USAGE);
                } else {
                    words.add(arg);
                }
            }
            if (words.isEmpty()) {
                if (!parsed.options.isEmpty()) {
                    throw new CliException("options need a PID and a command; " + USAGE);
                }
                return parsed;
            }
            if (words.size() < 2) {
                throw new CliException("a PID needs a command; " + USAGE);
            }
            parsed.pid = words.get(0);
            parsed.command = words.get(1);
            parsed.positional.addAll(words.subList(2, words.size()));
            return parsed;
        }

        String option(String name) {
            return options.get(name);
        }

        String positional(int index, String what) {
            if (positional.size() <= index) {
                throw new CliException(command + " needs " + what + "; " + USAGE);
            }
            return positional.get(index);
        }

        void noPositional(int from) {
            if (positional.size() > from) {
                throw new CliException("unexpected argument '" + positional.get(from) + "'; " + USAGE);
            }
        }
    }
}
