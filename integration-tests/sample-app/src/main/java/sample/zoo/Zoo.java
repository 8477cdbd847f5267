package sample.zoo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;

/**
 * The mapping zoo: one plain JPA application per mapping feature, none of them written for the agent. Each case
 * boots a persistence unit of its own on an H2 database of its own, {@code <zoo.dir>/<case>/db}, with the schema
 * made by hbm2ddl, and prints what it sees as {@code observe <case>.<key>=value}; the tests read the raw rows
 * afterwards. Usage: {@code Zoo [case...]} (no case: all of them). A case runs on another database instead
 * with {@code -Dzoo.url.<case>=<jdbc url>} and {@code -Dzoo.user}.
 */
public final class Zoo {
    private static final Map<String, Supplier<ZooCase>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("formula", FormulaCase::new);
        CASES.put("stringFlag", StringFlagCase::new);
        CASES.put("view", ViewCase::new);
        CASES.put("namedView", NamedViewCase::new);
        CASES.put("versionedReference", VersionedReferenceCase::new);
        CASES.put("quoted", QuotedCase::new);
        CASES.put("onDelete", OnDeleteCase::new);
        CASES.put("sameFlush", SameFlushCase::new);
        CASES.put("referenced", ReferencedCase::new);
        CASES.put("keptChild", KeptChildCase::new);
        CASES.put("collectionRewrite", CollectionRewriteCase::new);
        CASES.put("joinFetchedLookup", JoinFetchedLookupCase::new);
        CASES.put("enhanced", EnhancedCase::new);
        CASES.put("secondLevelCache", SecondLevelCacheCase::new);
        CASES.put("tablePerClass", TablePerClassCase::new);
        CASES.put("versionedTablePerClass", VersionedTablePerClassCase::new);
        CASES.put("orderColumn", OrderColumnCase::new);
        CASES.put("hbmShop", HbmShopCase::new);
        CASES.put("hbmDynamic", HbmDynamicCase::new);
        CASES.put("hbmSqlDelete", () -> new HbmCustomSqlCase("sql-delete.hbm.xml"));
        CASES.put("hbmSqlLoader", () -> new HbmCustomSqlCase("sql-loader.hbm.xml"));
        CASES.put("secondaryTable", SecondaryTableCase::new);
        CASES.put("compositeIds", CompositeIdCase::new);
        CASES.put("oneToOne", OneToOneCase::new);
        CASES.put("naturalId", NaturalIdCase::new);
        CASES.put("manyToManyJoin", ManyToManyJoinCase::new);
        CASES.put("listsAndMaps", ListsAndMapsCase::new);
        CASES.put("any", AnyCase::new);
        CASES.put("manyToAny", ManyToAnyCase::new);
        CASES.put("generatedIds", GeneratedIdCase::new);
        CASES.put("versions", VersionsCase::new);
        CASES.put("restrictions", RestrictionsCase::new);
        CASES.put("hierarchies", HierarchyCase::new);
        CASES.put("embeddables", EmbeddableCase::new);
        CASES.put("immutable", ImmutableCase::new);
        CASES.put("joins", () -> new JoinsCase(false));
        CASES.put("joinsLiveOnly", () -> new JoinsCase(true));
        CASES.put("subclassJoins", () -> new SubclassJoinsCase(false));
        CASES.put("subclassJoinsLiveOnly", () -> new SubclassJoinsCase(true));
    }

    private Zoo() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(System.getProperty("zoo.dir", "target/zoo"));
        List<String> names = args.length == 0 ? new ArrayList<>(CASES.keySet()) : List.of(args);
        for (String name : names) {
            Supplier<ZooCase> zooCase = CASES.get(name);
            if (zooCase == null) {
                throw new IllegalArgumentException("unknown case " + name + "; known: " + CASES.keySet());
            }
            ZooCase instance = zooCase.get();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(instance.classLoader());
            try {
                run(name, instance, directory.resolve(name));
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static void run(String name, ZooCase zooCase, Path directory) {
        // what Hibernate logs from here on is this case's
        System.out.println("zoo case " + name);
        String url = System.getProperty("zoo.url." + name, "jdbc:h2:" + directory.resolve("db"));
        PersistenceConfiguration unit = new PersistenceConfiguration(name)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, System.getProperty("zoo.user", "sa"))
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.hbm2ddl.auto", "create")
                .property("hibernate.show_sql", "true")
                // Hibernate would make the cache provider on the zoo's class path every unit's: only a case that asks has one
                .property("hibernate.cache.use_second_level_cache", "false");
        zooCase.entities().forEach(unit::managedClass);
        zooCase.mappingFiles().forEach(unit::mappingFile);
        zooCase.settings().forEach(unit::property);
        EntityManagerFactory emf;
        try {
            emf = unit.createEntityManagerFactory();
        } catch (RuntimeException e) {
            new Observer(name, null).observe("boot", Observer.failure(e));
            return;
        }
        Observer observer = new Observer(name, emf);
        try {
            observer.observe("boot", "ok");
            zooCase.run(emf, observer);
        } finally {
            emf.close();
        }
    }
}
