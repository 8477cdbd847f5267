package io.softdelete.agent.hibernate.boot;

import java.util.ArrayList;
import java.util.List;

import io.softdelete.agent.AgentConfig;
import io.softdelete.agent.EntitySettings;
import io.softdelete.agent.SoftDeleteAgent;
import io.softdelete.agent.bootstrap.HookRegistry;
import io.softdelete.agent.hibernate.ForeignKeyActions;
import io.softdelete.agent.hibernate.SoftDeleteEntities;
import io.softdelete.agent.hibernate.jmx.SoftDeletesUnit;
import io.softdelete.agent.hibernate.journal.RemovalJournal;
import org.hibernate.Version;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.mutation.DeleteCoordinatorSoft;
import org.hibernate.mapping.RootClass;

import static io.softdelete.agent.hibernate.boot.SoftDeleteBootException.refusal;

/**
 * Decides, before a persistence unit builds its persisters, whether the agent can serve it: the Hibernate
 * version, the hooks written so far, the mapping. If it can, reports the soft-delete entities; if not, the unit
 * does not boot. Once the persisters exist, before the factory is announced to its observers, checks every hook (the
 * classes building loaded have been woven by then, so only the others are read), that each soft-deleted
 * persister removes by update, and, where Hibernate leaves the tables as they are, that they have the flag columns.
 */
final class BootChecks {
    private BootChecks() {
    }

    static void check(ClassLoader hibernateLoader, Object[] sessionFactoryArguments) {
        AgentConfig config = SoftDeleteAgent.config();
        RuntimeException unsupported = VersionGate.refusal();
        if (unsupported != null) {
            throw unsupported;
        }
        List<String> missingHooks = HookRegistry.problemsSoFar(hibernateLoader);
        if (!missingHooks.isEmpty()) {
            throw refusal(cannotApply(missingHooks));
        }
        MetadataImplementor metadata = metadataAmong(sessionFactoryArguments);
        MappingChecks mapping = new MappingChecks(metadata, config, hibernateLoader);
        List<String> problems = mapping.run();
        if (!problems.isEmpty()) {
            throw refusal("the persistence unit may not boot: " + String.join("; ", problems));
        }
        SoftDeleteEntities.activate(mapping.entityNames());
        ForeignKeyActions.activate(mapping.foreignKeyActions());
        System.err.println(SoftDeleteAgent.PREFIX + describe(mapping));
    }

    /**
     * Once the persisters exist: every hook must be in place, and every soft-deleted persister must remove
     * through Hibernate's soft-delete coordinator, which writes an update, and have the mapping that restricts
     * its reads. Runs inside the factory's constructor, which closes the factory when this throws.
     */
    static void checkBuilt(ClassLoader hibernateLoader, SessionFactoryImplementor sessionFactory) {
        List<String> missingHooks = HookRegistry.verify(hibernateLoader);
        if (!missingHooks.isEmpty()) {
            throw refusal(cannotApply(missingHooks));
        }
        List<String> unprotected = new ArrayList<>();
        sessionFactory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            if (SoftDeleteEntities.isSoftDeleted(persister.getEntityName())
                    && (!(persister.getDeleteCoordinator() instanceof DeleteCoordinatorSoft)
                            || persister.getSoftDeleteMapping() == null)) {
                unprotected.add(persister.getEntityName());
            }
        });
        if (!unprotected.isEmpty()) {
            throw refusal("the persistence unit may not boot: removals of " + String.join(", ", unprotected)
                    + " would not be soft deletes");
        }
        FlagColumnCheck.check(sessionFactory);
        RemovalJournal.install(sessionFactory, hibernateLoader);
        SoftDeletesUnit.register(sessionFactory);
    }

    private static String cannotApply(List<String> missingHooks) {
        return "cannot apply itself to Hibernate ORM " + Version.getVersionString() + ": " + String.join("; ", missingHooks);
    }

    private static MetadataImplementor metadataAmong(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof MetadataImplementor metadata) {
                return metadata;
            }
        }
        throw refusal("cannot find the boot model among the arguments of SessionFactoryImpl's constructor");
    }

    private static String describe(MappingChecks mapping) {
        List<String> entities = new ArrayList<>();
        for (RootClass root : mapping.roots().values()) {
            EntitySettings settings = SoftDeleteEntities.boundSettings(root.getEntityName());
            List<String> readOnly = mapping.readOnlyFields(root.getEntityName());
            String className = root.getClassName();
            boolean ownClass = className == null || className.equals(root.getEntityName());
            entities.add(root.getEntityName() + " (" + (ownClass ? "" : "class " + className + ", ") + settings.describe()
                    + (readOnly.isEmpty() ? "" : ", field " + String.join(", ", readOnly) + " is read-only") + ")");
        }
        String line = entities.isEmpty() ? "no entity of this persistence unit is soft-deleted"
                : "soft-deleting " + String.join(", ", entities);
        List<String> skipped = new ArrayList<>();
        mapping.skipped().forEach((entity, why) -> skipped.add(entity + " (" + why + ")"));
        return skipped.isEmpty() ? line : line + "; not soft-deleting " + String.join(", ", skipped);
    }
}
