package io.softdelete.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A supported Hibernate ORM line; the sample app's class path on it is built by its own module. */
enum HibernateLine {
    HIBERNATE_6_6("hibernate-6.6"),
    HIBERNATE_7_1("hibernate-7.1"),
    HIBERNATE_7_2("hibernate-7.2"),
    HIBERNATE_7_3("hibernate-7.3"),
    HIBERNATE_7_4("hibernate-7.4");

    private final String module;

    HibernateLine(String module) {
        this.module = module;
    }

    /** Hibernate ORM 6.6 has no timestamp soft delete: there the shop's order lines carry a boolean flag. */
    boolean hasTimestampStrategy() {
        return this != HIBERNATE_6_6;
    }

    String classPath() {
        return read("classpath." + module);
    }

    /** The sample app's class path with a second-level cache provider, which only the zoo has. */
    String zooClassPath() {
        return read("zoo-classpath." + module);
    }

    private String read(String property) {
        String file = System.getProperty(property);
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no class path for " + module + " at " + file, e);
        }
    }

    @Override
    public String toString() {
        return module;
    }
}
