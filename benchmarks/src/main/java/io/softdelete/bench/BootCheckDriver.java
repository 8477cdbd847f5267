package io.softdelete.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the boot's check of the flag columns costs: start-ups of the 50-entity model with the agent on a database that
 * already has its tables ({@code hbm2ddl} none, an H2 file the first start-up creates), each in a JVM of its own. The
 * agent prints what the check took; the driver prints its median beside that of the factory's build.
 * <p>
 * Arguments: {@code [runs (60)]}.
 */
public final class BootCheckDriver {
    private static final Pattern CHECKED = Pattern.compile("soft-delete-agent: the flag columns are in the database \\((\\d+) tables,"
            + " checked in (\\d+) ms\\)");
    private static final Pattern BUILD = Pattern.compile("^startup .* emfBuild=(\\d+) ", Pattern.MULTILINE);

    private BootCheckDriver() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path directory = Files.createTempDirectory("bootcheck");
        String url = "jdbc:h2:file:" + directory.resolve("fifty").toAbsolutePath();
        startUp("create", url);
        List<Long> checks = new ArrayList<>();
        List<Long> builds = new ArrayList<>();
        int tables = 0;
        for (int run = 1; run <= runs; run++) {
            String output = startUp("none", url);
            Matcher checked = CHECKED.matcher(output);
            Matcher build = BUILD.matcher(output);
            if (!checked.find() || !build.find()) {
                throw new IllegalStateException("no check or no start-up line:\n" + output);
            }
            tables = Integer.parseInt(checked.group(1));
            checks.add(Long.parseLong(checked.group(2)));
            builds.add(Long.parseLong(build.group(1)));
        }
        System.out.printf(Locale.ROOT, "over %d start-ups (hbm2ddl none, %d tables checked): the check %d ms median (min %d, max %d);"
                        + " the factory's build %d ms median (bar: the check ≤ 30 ms median)%n",
                runs, tables, median(checks), Collections.min(checks), Collections.max(checks), median(builds));
    }

    private static String startUp(String action, String url) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Variant.AGENT.jvmOptions("io.softdelete.bench.gen.*"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StartupMain.class.getName());
        command.add(Variant.AGENT.name());
        command.add(action);
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("start-up with " + action + " failed:\n" + output);
        }
        return output;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
