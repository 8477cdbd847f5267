package io.softdelete.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;

import io.softdelete.bench.gen.FiftyEntities;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * One start-up, in a JVM of its own: the 50-entity model to a ready session factory. Prints one line,
 * {@code startup variant=… jvmToMain=… emfBuild=… jvmToReady=… heapAfterBoot=…} (milliseconds, bytes).
 * Arguments: the variant, then optionally the schema action ({@code create}) and the database's JDBC URL.
 */
public final class StartupMain {
    private StartupMain() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        Variant variant = Variant.valueOf(args[0]);
        Class<?>[] entities = FiftyEntities.generate(variant == Variant.ANNOTATED);
        long buildStart = System.nanoTime();
        Map<String, Object> settings = Shop.settings("startup", args.length > 1 ? args[1] : "create");
        if (args.length > 2) {
            settings.put("jakarta.persistence.jdbc.url", args[2]);
        }
        SessionFactory sessions = Shop.build(settings, entities);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
        long ready = System.currentTimeMillis();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        checkVariant(variant, sessions, entities[0]);
        System.out.println("startup variant=" + variant + " jvmToMain=" + (mainEntered - jvmStart) + " emfBuild=" + buildMillis
                + " jvmToReady=" + (ready - jvmStart) + " heapAfterBoot=" + heap);
        sessions.close();
    }

    /** A start-up that does not measure what it says would be worse than none: the soft-delete mapping tells. */
    private static void checkVariant(Variant variant, SessionFactory sessions, Class<?> entity) {
        boolean softDeletes = sessions.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity).getSoftDeleteMapping() != null;
        if (softDeletes != variant.softDeletes()) {
            throw new IllegalStateException(variant + " is not what runs: is the agent applied? "
                    + ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }
}
