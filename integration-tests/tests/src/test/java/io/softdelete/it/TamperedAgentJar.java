package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A copy of the real shaded agent jar with some of its classes replaced by others compiled from source
 * here: a broken build, a hook that no longer matches, a fault inside the agent. The sources stay out of
 * the test class path, so no test JVM ever loads them.
 */
final class TamperedAgentJar {
    private TamperedAgentJar() {
    }

    /** @param sources by binary class name, the source that replaces the class in the jar */
    static Path with(String name, Map<String, String> sources) {
        try {
            Path work = Files.createDirectories(Database.workFile("tampered-" + name));
            Path sourceDir = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none",
                    "-cp", ForkedJvm.AGENT_JAR.toString(), "-d", classes.toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, arguments.toArray(new String[0])) != 0) {
                throw new IllegalStateException("the tampered classes did not compile: " + sources.keySet());
            }
            Path jar = work.resolve("soft-delete-agent.jar");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ForkedJvm.AGENT_JAR));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path replacement = classes.resolve(entry.getName());
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (!entry.isDirectory() && Files.isRegularFile(replacement)) {
                        Files.copy(replacement, out);
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
