package sample.zoo;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.jpa.HibernatePersistenceProvider;

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

    /** Jakarta Persistence 3.2 (Hibernate 7) boots a unit from code; 3.1 (Hibernate 6.6) needs a unit's description. */
    private static final boolean JPA_3_2 = hasClass("jakarta.persistence.PersistenceConfiguration");

    private Zoo() {
    }

    private static boolean hasClass(String name) {
        try {
            Class.forName(name, false, Zoo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static EntityManagerFactory persistenceConfiguration(String name, ZooCase zooCase, Map<String, Object> properties) {
        PersistenceConfiguration unit = new PersistenceConfiguration(name)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        zooCase.entities().forEach(unit::managedClass);
        zooCase.mappingFiles().forEach(unit::mappingFile);
        properties.forEach(unit::property);
        return unit.createEntityManagerFactory();
    }

    /** A JPA bootstrap all the same, as an application server or Spring would do it, so that JPA's semantics hold. */
    private static EntityManagerFactory persistenceUnitInfo(String name, ZooCase zooCase, Map<String, Object> properties) {
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new CaseUnit(name, zooCase, Thread.currentThread().getContextClassLoader()), properties);
    }

    /** A case's persistence unit, as a container would describe it: its classes and mapping files, nothing scanned. */
    private record CaseUnit(String name, ZooCase zooCase, ClassLoader classLoader) implements PersistenceUnitInfo {
        @Override
        public String getPersistenceUnitName() {
            return name;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        @Override
        public String getScopeAnnotationName() {
            return null;
        }

        @Override
        public List<String> getQualifierAnnotationNames() {
            return List.of();
        }

        @Override
        @SuppressWarnings("deprecation")
        public jakarta.persistence.spi.PersistenceUnitTransactionType getTransactionType() {
            return jakarta.persistence.spi.PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return null;
        }

        @Override
        public List<String> getMappingFileNames() {
            return zooCase.mappingFiles();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return zooCase.entities().stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.AUTO;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return classLoader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
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
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", System.getProperty("zoo.user", "sa"));
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("hibernate.hbm2ddl.auto", System.getProperty("zoo.ddl", "create"));
        properties.put("hibernate.show_sql", "true");
        // Hibernate would make the cache provider on the zoo's class path every unit's: only a case that asks has one
        properties.put("hibernate.cache.use_second_level_cache", "false");
        properties.putAll(zooCase.settings());
        EntityManagerFactory emf;
        try {
            emf = JPA_3_2 ? persistenceConfiguration(name, zooCase, properties) : persistenceUnitInfo(name, zooCase, properties);
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
