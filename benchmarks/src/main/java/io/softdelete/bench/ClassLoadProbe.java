package io.softdelete.bench;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the JVM charges per loaded class once an agent has a class file transformer, whatever it does: loads
 * every class of Byte Buddy's jar (none of which the agent hooks) into fresh class loaders, four times, and
 * prints the time of the first pass and the median of the other three. Run it with and without
 * {@code -javaagent} and divide the difference by the number of classes (see BENCHMARKS.md).
 */
public final class ClassLoadProbe {
    private static final int PASSES = 4;

    private ClassLoadProbe() {
    }

    public static void main(String[] args) throws IOException {
        File jar = probeJar();
        List<String> names = classNames(jar);
        URL[] urls = {jar.toURI().toURL()};
        long[] millis = new long[PASSES];
        int loaded = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
                loaded = 0;
                long start = System.nanoTime();
                for (String name : names) {
                    try {
                        Class.forName(name, false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
                        // the same classes fail with and without the agent
                    }
                }
                millis[pass] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        long[] warm = {millis[1], millis[2], millis[3]};
        Arrays.sort(warm);
        System.out.println("probe classes=" + loaded + " firstPass=" + millis[0] + " warmPass=" + warm[1]);
    }

    private static File probeJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("byte-buddy-1")) {
                return new File(entry);
            }
        }
        throw new IllegalStateException("Byte Buddy's jar is not on the class path");
    }

    private static List<String> classNames(File jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")
                        && !name.endsWith("package-info.class")) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }
}
