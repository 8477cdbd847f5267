package io.softdelete.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile option strings, random and mutated from valid ones: each either parses into a configuration whose
 * columns are plain identifiers, or fails with an {@link OptionsException} that names the problem; never
 * anything else. {@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.inputs=…} sets its size.
 */
class AgentOptionsFuzzTest {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String[] VALID = {
        "entities=com.acme.Customer",
        "entities=com.acme.Customer:com.acme.Order,column=removed,strategy=active",
        "entities=com.acme.*,com.acme.Order.column=deleted_at,com.acme.Order.strategy=timestamp",
        "entities=a.B:c.d.*,cascadeToUnconfigured=hard-delete,a.B.strategy=boolean",
        "entities=Account:com.acme.Note:OpenNote,Account.strategy=timestamp,com.acme.Note.column=gone",
    };
    private static final String[] FRAGMENTS = {
        "entities", "column", "strategy", "config", "cascadeToUnconfigured", "referencedRemoval", "allow", "=", ",", ":", ".", "*",
        "com.acme", "Customer", "Account", "boolean", "active", "timestamp", "refuse", "hard-delete", "deleted", " ", "'", "\"",
        ";", "--",
        "drop table x", "\u0000", "\n", "é", "\uD83D\uDE00", "${x}", "..", "=,", ",=", "/tmp", "_", "1",
    };

    @Test
    void everyInputParsesOrIsRefusedWithAMessage() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int inputs = Integer.getInteger("fuzz.inputs", 12_000);
        Random random = new Random(seed);
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < inputs; i++) {
            String options = i % 3 == 0 ? randomString(random) : i % 3 == 1 ? fragments(random) : mutate(random);
            try {
                AgentConfig config = AgentOptions.parse(options);
                assertPlainIdentifiers(config, options, seed);
                parsed++;
            } catch (OptionsException refusal) {
                assertTrue(refusal.getMessage() != null && !refusal.getMessage().isBlank(),
                        () -> "an empty refusal for " + quote(options) + " (seed " + seed + ")");
                refused++;
            } catch (RuntimeException | Error other) {
                fail("input " + quote(options) + " threw " + other + " (seed " + seed + ")", other);
            }
        }
        System.out.printf("options fuzz: %d inputs, %d parsed, %d refused, seed %d%n", inputs, parsed, refused, seed);
        assertEquals(inputs, parsed + refused);
        assertTrue(parsed > 0, "no input parsed: the fuzzer only tests refusals");
    }

    private static void assertPlainIdentifiers(AgentConfig config, String options, long seed) {
        List<String> names = new ArrayList<>(config.exactNames());
        names.addAll(config.overriddenNames());
        names.add("any.OtherClass");
        for (String name : names) {
            // as an entity's own name, and as the class of an entity of another name
            for (EntitySettings settings : List.of(config.settingsFor(name), config.settingsFor("AnyEntityName", name))) {
                assertTrue(IDENTIFIER.matcher(settings.column()).matches(),
                        () -> "column " + quote(settings.column()) + " from " + quote(options) + " (seed " + seed + ")");
                assertFalse(settings.strategy() == null);
            }
        }
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : "abcXYZ_09.,:=*- "
                    .charAt(random.nextInt(16)));
        }
        return s.toString();
    }

    private static String fragments(Random random) {
        StringBuilder s = new StringBuilder();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return s.toString();
    }

    private static String mutate(Random random) {
        StringBuilder s = new StringBuilder(VALID[random.nextInt(VALID.length)]);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static String quote(String s) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            quoted.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return quoted.append('"').toString();
    }
}
