package io.softdelete.agent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Parses the agent's option string: comma-separated {@code key=value} pairs, list values joined by
 * {@code :}. Strict: every key must be known, every value well formed, or parsing fails with an
 * {@link OptionsException} naming the option. Modelled on JaCoCo's {@code AgentOptions}.
 */
public final class AgentOptions {
    public static final String ENTITIES = "entities";
    public static final String COLUMN = "column";
    public static final String STRATEGY = "strategy";
    public static final String CONFIG = "config";
    public static final String CASCADE_TO_UNCONFIGURED = "cascadeToUnconfigured";
    public static final String REFERENCED_REMOVAL = "referencedRemoval";
    public static final String JOURNAL = "journal";
    public static final String REMOVED_BY = "removedBy";

    private static final String COLUMN_SUFFIX = "." + COLUMN;
    private static final String STRATEGY_SUFFIX = "." + STRATEGY;
    private static final String DEFAULT_COLUMN = "deleted";

    private AgentOptions() {
    }

    public static AgentConfig parse(String options) {
        Map<String, String> pairs = splitPairs(options);
        String configPath = pairs.get(CONFIG);
        if (configPath != null) {
            Map<String, String> fromFile = readConfigFile(configPath);
            fromFile.putAll(pairs);
            pairs = fromFile;
        }
        return build(pairs);
    }

    private static Map<String, String> splitPairs(String options) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (options == null || options.isEmpty()) {
            return pairs;
        }
        for (String pair : options.split(",", -1)) {
            int separator = pair.indexOf('=');
            if (separator <= 0) {
                throw new OptionsException("malformed option '" + pair + "'; expected key=value");
            }
            String key = pair.substring(0, separator);
            String value = pair.substring(separator + 1);
            checkKey(key);
            if (pairs.put(key, value) != null) {
                throw new OptionsException("option '" + key + "' is given more than once");
            }
        }
        return pairs;
    }

    private static Map<String, String> readConfigFile(String path) {
        Properties properties = new Properties();
        // an unusable path (a NUL, say) fails in Paths.get: inside the try, so that it is refused like a missing file
        try (Reader reader = Files.newBufferedReader(Paths.get(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            throw new OptionsException("option '" + CONFIG + "': cannot read '" + path + "': " + e, e);
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.equals(CONFIG)) {
                throw new OptionsException("option '" + CONFIG + "': file '" + path + "' may not itself set '" + CONFIG + "'");
            }
            checkKey(key);
            // trailing blanks are invisible in a properties file; failing on them would only confuse
            pairs.put(key, properties.getProperty(key).strip());
        }
        return pairs;
    }

    private static void checkKey(String key) {
        switch (key) {
            case ENTITIES, COLUMN, STRATEGY, CONFIG, CASCADE_TO_UNCONFIGURED, REFERENCED_REMOVAL, JOURNAL, REMOVED_BY -> {
                return;
            }
            default -> {
                String name = overriddenName(key);
                if (name == null || !isJavaName(name)) {
                    throw new OptionsException("unknown option '" + key + "'; known options are " + ENTITIES + ", "
                            + COLUMN + ", " + STRATEGY + ", " + CONFIG + ", " + CASCADE_TO_UNCONFIGURED
                            + ", " + REFERENCED_REMOVAL + ", " + JOURNAL + ", " + REMOVED_BY + ", <entity>" + COLUMN_SUFFIX + " and <entity>" + STRATEGY_SUFFIX);
                }
            }
        }
    }

    /** The entity name or class name a per-entity option is set on. */
    private static String overriddenName(String key) {
        if (key.endsWith(COLUMN_SUFFIX)) {
            return key.substring(0, key.length() - COLUMN_SUFFIX.length());
        }
        if (key.endsWith(STRATEGY_SUFFIX)) {
            return key.substring(0, key.length() - STRATEGY_SUFFIX.length());
        }
        return null;
    }

    private static AgentConfig build(Map<String, String> pairs) {
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (pair.getValue().isEmpty()) {
                throw new OptionsException("option '" + pair.getKey() + "' has an empty value");
            }
        }
        String entities = pairs.get(ENTITIES);
        if (entities == null) {
            throw new OptionsException("option '" + ENTITIES + "' is required, e.g. " + ENTITIES
                    + "=com.acme.Customer:com.acme.Order");
        }
        // entity names and class names share one syntax: an entity is selected by either (see AgentConfig)
        Set<String> exactNames = new LinkedHashSet<>();
        List<String> packagePrefixes = new ArrayList<>();
        for (String selector : entities.split(":", -1)) {
            if (selector.endsWith(".*") && isJavaName(selector.substring(0, selector.length() - 2))) {
                packagePrefixes.add(selector.substring(0, selector.length() - 1));
            } else if (isJavaName(selector)) {
                exactNames.add(selector);
            } else {
                throw new OptionsException("option '" + ENTITIES + "' has a bad selector '" + selector
                        + "'; expected an entity name, a fully-qualified class name or pkg.*");
            }
        }
        EntitySettings defaults = new EntitySettings(
                column(COLUMN, pairs.getOrDefault(COLUMN, DEFAULT_COLUMN)),
                pairs.containsKey(STRATEGY) ? Strategy.fromOption(STRATEGY, pairs.get(STRATEGY)) : Strategy.BOOLEAN);
        CascadePolicy cascadePolicy = pairs.containsKey(CASCADE_TO_UNCONFIGURED)
                ? CascadePolicy.fromOption(CASCADE_TO_UNCONFIGURED, pairs.get(CASCADE_TO_UNCONFIGURED))
                : CascadePolicy.REFUSE;
        ReferencedRemoval referencedRemoval = pairs.containsKey(REFERENCED_REMOVAL)
                ? ReferencedRemoval.fromOption(REFERENCED_REMOVAL, pairs.get(REFERENCED_REMOVAL))
                : ReferencedRemoval.ALLOW;
        String journal = pairs.containsKey(JOURNAL) ? column(JOURNAL, pairs.get(JOURNAL)) : null;
        RemovedBy removedBy = pairs.containsKey(REMOVED_BY) ? RemovedBy.fromOption(REMOVED_BY, pairs.get(REMOVED_BY))
                : RemovedBy.NONE;
        if (journal == null && removedBy != RemovedBy.NONE) {
            throw new OptionsException("option '" + REMOVED_BY + "' names who removed rows in the removal journal; it needs"
                    + " option '" + JOURNAL + "'");
        }

        Map<String, String> columnOverrides = new LinkedHashMap<>();
        Map<String, Strategy> strategyOverrides = new LinkedHashMap<>();
        AgentConfig selection = new AgentConfig(exactNames, packagePrefixes, defaults, Map.of(), Map.of(), cascadePolicy,
                referencedRemoval, journal, removedBy);
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            String key = pair.getKey();
            String name = overriddenName(key);
            if (name == null) {
                continue;
            }
            if (!selection.selects(name)) {
                throw new OptionsException("option '" + key + "' names class " + name
                        + ", which option '" + ENTITIES + "' does not select");
            }
            if (key.endsWith(COLUMN_SUFFIX)) {
                columnOverrides.put(name, column(key, pair.getValue()));
            } else {
                strategyOverrides.put(name, Strategy.fromOption(key, pair.getValue()));
            }
        }
        return new AgentConfig(exactNames, packagePrefixes, defaults, columnOverrides, strategyOverrides, cascadePolicy,
                referencedRemoval, journal, removedBy);
    }

    private static String column(String key, String value) {
        if (!isSqlIdentifier(value)) {
            throw new OptionsException("option '" + key + "' must be a plain SQL identifier ([A-Za-z_][A-Za-z0-9_]*), not '"
                    + value + "'");
        }
        return value;
    }

    // plain loops rather than regular expressions: this runs in premain, before the application, and the
    // Unicode classes of java.util.regex cost milliseconds to set up there

    /** The column name ends up in SQL, so nothing but {@code [A-Za-z_][A-Za-z0-9_]*} is accepted. */
    private static boolean isSqlIdentifier(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Java identifiers joined by dots, as a binary class or package name, or an entity name HQL can name. */
    private static boolean isJavaName(String name) {
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            if (!isJavaIdentifier(name, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    private static boolean isJavaIdentifier(String name, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; ) {
            int codePoint = name.codePointAt(i);
            if (!(i == start ? Character.isJavaIdentifierStart(codePoint) : Character.isJavaIdentifierPart(codePoint))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
