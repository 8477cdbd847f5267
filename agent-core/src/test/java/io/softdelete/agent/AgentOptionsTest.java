package io.softdelete.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentOptionsTest {

    @Test
    void entitiesByNameAndByPackage() {
        AgentConfig config = AgentOptions.parse("entities=com.acme.Customer:com.acme.billing.*");

        assertTrue(config.selects("com.acme.Customer"));
        assertTrue(config.selects("com.acme.billing.Invoice"));
        assertTrue(config.selects("com.acme.billing.tax.Rate"));
        assertFalse(config.selects("com.acme.CustomerNote"));
        assertFalse(config.selects("com.acme.billingX.Invoice"));
        assertEquals(java.util.Set.of("com.acme.Customer"), config.exactNames());
        assertEquals(java.util.List.of("com.acme.billing.*"), config.packageSelectors());
    }

    /** hbm.xml: a dynamic-map entity has only an entity name; a class may be mapped under several. */
    @Test
    void entitiesByEntityName() {
        AgentConfig config = AgentOptions.parse("entities=Account:com.acme.Note:com.acme.billing.*");

        assertTrue(config.selects("Account", null));
        assertFalse(config.selects("Accounts", null));
        assertTrue(config.selects("OpenNote", "com.acme.Note"));
        assertTrue(config.selects("ArchivedNote", "com.acme.Note"));
        assertFalse(config.selects("OpenNote", "com.acme.Memo"));
        assertTrue(config.selects("com.acme.billing.Invoice", null));
        assertTrue(config.selects("Invoice", "com.acme.billing.Invoice"));
        assertTrue(config.selects("com.acme.Note", null), "a dynamic-map entity named like a class");
        assertEquals(java.util.Set.of("Account", "com.acme.Note"), config.exactNames());
    }

    @Test
    void settingsOnAnEntityNameWinOverThoseOnItsClass() {
        AgentConfig config = AgentOptions.parse("entities=Account:com.acme.Note:OpenNote,strategy=active,"
                + "Account.column=deleted_at,Account.strategy=timestamp,com.acme.Note.column=gone,OpenNote.strategy=boolean");

        assertEquals(new EntitySettings("deleted_at", Strategy.TIMESTAMP), config.settingsFor("Account", null));
        assertEquals(new EntitySettings("gone", Strategy.BOOLEAN), config.settingsFor("OpenNote", "com.acme.Note"));
        assertEquals(new EntitySettings("gone", Strategy.ACTIVE), config.settingsFor("ArchivedNote", "com.acme.Note"));
        assertEquals(new EntitySettings("deleted", Strategy.ACTIVE), config.settingsFor("Other", null));
    }

    @Test
    void defaults() {
        AgentConfig config = AgentOptions.parse("entities=com.acme.Customer");

        assertEquals(new EntitySettings("deleted", Strategy.BOOLEAN), config.settingsFor("com.acme.Customer"));
        assertEquals(CascadePolicy.REFUSE, config.cascadePolicy());
        assertEquals(ReferencedRemoval.ALLOW, config.referencedRemoval());
    }

    @Test
    void globalAndPerEntitySettings() {
        AgentConfig config = AgentOptions.parse("entities=com.acme.*,column=removed,strategy=active,"
                + "com.acme.Order.column=deleted_at,com.acme.Order.strategy=timestamp,com.acme.Note.strategy=boolean,"
                + "cascadeToUnconfigured=hard-delete,referencedRemoval=refuse");

        assertEquals(new EntitySettings("removed", Strategy.ACTIVE), config.settingsFor("com.acme.Customer"));
        assertEquals(new EntitySettings("deleted_at", Strategy.TIMESTAMP), config.settingsFor("com.acme.Order"));
        assertEquals(new EntitySettings("removed", Strategy.BOOLEAN), config.settingsFor("com.acme.Note"));
        assertEquals(CascadePolicy.HARD_DELETE, config.cascadePolicy());
        assertEquals(ReferencedRemoval.REFUSE, config.referencedRemoval());
    }

    @Test
    void aConfigFileHoldsTheSameKeysAndTheCommandLineWins(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("soft-delete.properties");
        Files.writeString(file, "entities=com.acme.Customer:com.acme.Order\ncolumn = removed  \nstrategy=active\n");

        AgentConfig config = AgentOptions.parse("config=" + file + ",strategy=timestamp");

        assertEquals(new EntitySettings("removed", Strategy.TIMESTAMP), config.settingsFor("com.acme.Order"));
    }

    @Test
    void theJournalAndWhoRemoves() {
        assertNull(AgentOptions.parse("entities=a.B").journalTable());
        assertEquals(RemovedBy.NONE, AgentOptions.parse("entities=a.B,journal=j").removedBy());
        AgentConfig config = AgentOptions.parse("entities=a.B,journal=removal_journal,removedBy=mdc:user.name");

        assertEquals("removal_journal", config.journalTable());
        assertEquals(new RemovedBy("mdc", "user.name"), config.removedBy());
        assertEquals(new RemovedBy("spring-security", null),
                AgentOptions.parse("entities=a.B,journal=j,removedBy=spring-security").removedBy());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void entitiesAreRequired(String options) {
        assertEquals("option 'entities' is required, e.g. entities=com.acme.Customer:com.acme.Order",
                assertThrows(OptionsException.class, () -> AgentOptions.parse(options)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "entities=a.B,colour=red                   | unknown option 'colour'",
        "entities=a.B,Column=x                     | unknown option 'Column'",
        "entities=a.B,=x                           | malformed option '=x'",
        "entities=a.B,,column=x                    | malformed option ''",
        "entities=a.B,column                       | malformed option 'column'",
        "entities=a.B,column=x,column=y            | option 'column' is given more than once",
        "entities=                                 | option 'entities' has an empty value",
        "entities=a.B,column=                      | option 'column' has an empty value",
        "entities=a.B:                             | option 'entities' has a bad selector ''",
        "entities=a.B::c.D                         | option 'entities' has a bad selector ''",
        "entities=a.*.B                            | option 'entities' has a bad selector 'a.*.B'",
        "entities=*                                | option 'entities' has a bad selector '*'",
        "entities=a.B c                            | option 'entities' has a bad selector 'a.B c'",
        "entities=a.B,column=1deleted              | option 'column' must be a plain SQL identifier",
        "entities=a.B,column=deleted--             | option 'column' must be a plain SQL identifier",
        "entities=a.B,column=\"deleted\"           | option 'column' must be a plain SQL identifier",
        "entities=a.B,column=dé                    | option 'column' must be a plain SQL identifier",
        "entities=a.B,a.B.column=x y               | option 'a.B.column' must be a plain SQL identifier",
        "entities=a.B,strategy=Boolean             | option 'strategy' has unknown strategy 'Boolean'",
        "entities=a.B,a.B.strategy=soft            | option 'a.B.strategy' has unknown strategy 'soft'",
        "entities=a.B,c.D.column=x                 | option 'c.D.column' names class c.D, which option 'entities' does not select",
        "entities=a.B,1c.column=x                  | unknown option '1c.column'",
        "entities=a.B,cascadeToUnconfigured=delete | option 'cascadeToUnconfigured' has unknown value 'delete'",
        "entities=a.B,referencedRemoval=Refuse     | option 'referencedRemoval' has unknown value 'Refuse'",
        "entities=my-entity                        | option 'entities' has a bad selector 'my-entity'; expected an entity name",
        "entities=a.B,journal=removal-journal      | option 'journal' must be a plain SQL identifier",
        "entities=a.B,journal=j,removedBy=spring   | option 'removedBy' has unknown value 'spring'",
        "entities=a.B,journal=j,removedBy=mdc:     | option 'removedBy' has unknown value 'mdc:'",
        "entities=a.B,removedBy=spring-security    | option 'removedBy' names who removed rows in the removal journal; it needs option 'journal'",
        "entities=a.Note,OpenNote.column=x         | option 'OpenNote.column' names class OpenNote, which option 'entities' does not select",
        "entities=Account,account.column=x         | option 'account.column' names class account, which option 'entities' does not select",
    })
    void badOptionsAreRefusedAndNamed(String options, String message) {
        OptionsException error = assertThrows(OptionsException.class, () -> AgentOptions.parse(options));
        assertTrue(error.getMessage().startsWith(message), () -> error.getMessage() + " does not start with " + message);
    }

    @Test
    void anUnreadableConfigFileIsNamed(@TempDir Path directory) {
        String missing = directory.resolve("missing.properties").toString();
        OptionsException error = assertThrows(OptionsException.class,
                () -> AgentOptions.parse("entities=a.B,config=" + missing));
        assertTrue(error.getMessage().startsWith("option 'config': cannot read '" + missing + "'"), error.getMessage());
    }

    /** Found by {@link AgentOptionsFuzzTest}: such a path used to escape as an InvalidPathException. */
    @Test
    void aConfigPathTheFileSystemCannotNameIsRefused() {
        OptionsException error = assertThrows(OptionsException.class, () -> AgentOptions.parse("config=a\u0000b"));
        assertTrue(error.getMessage().startsWith("option 'config': cannot read 'a\u0000b'"), error.getMessage());
    }

    @Test
    void aConfigFileMayNotNameAnotherOne(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("a.properties");
        Files.writeString(file, "config=b.properties\n");
        OptionsException error = assertThrows(OptionsException.class, () -> AgentOptions.parse("config=" + file));
        assertTrue(error.getMessage().contains("may not itself set 'config'"), error.getMessage());
    }

    @Test
    void aConfigFileIsCheckedLikeTheCommandLine(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("a.properties");
        Files.writeString(file, "entities=a.B\nstrategy=never\n");
        OptionsException error = assertThrows(OptionsException.class, () -> AgentOptions.parse("config=" + file));
        assertEquals("option 'strategy' has unknown strategy 'never'; expected boolean, active or timestamp", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deleted", "_deleted", "DELETED_AT", "is_deleted2"})
    void plainIdentifiersAreAccepted(String column) {
        assertEquals(column, AgentOptions.parse("entities=a.B,column=" + column).settingsFor("a.B").column());
    }
}
