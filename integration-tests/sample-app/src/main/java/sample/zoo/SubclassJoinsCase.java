package sample.zoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/**
 * Explicit joins to the subclass of a hierarchy, whose flag is a column of the root table: a JOINED one (the
 * subclass's own table holds no flag) and, for comparison, a SINGLE_TABLE one. Parts reference a supplier and a
 * vendor, catalogs list them; supplier 31 and vendor 51 are removed. As in {@link JoinsCase}, the case
 * {@code liveOnly} is the same application on the live rows alone.
 */
public final class SubclassJoinsCase implements ZooCase {
    private static final Set<Long> REMOVED = Set.of(31L, 51L);

    /** Each query, by the key it is observed as; its rows are observed sorted. */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        queries("joined", "Supplier", "p.supplier", "c.suppliers");
        queries("singleTable", "Vendor", "p.vendor", "c.vendors");
    }

    private static void queries(String hierarchy, String subclass, String toOne, String collection) {
        QUERIES.put(hierarchy + ".ids", "select s.id from " + subclass + " s");
        QUERIES.put(hierarchy + ".join", "select p.id, s.name from Part p join " + toOne + " s");
        QUERIES.put(hierarchy + ".leftJoin", "select p.id, s.id from Part p left join " + toOne + " s");
        QUERIES.put(hierarchy + ".where", "select p.id from Part p join " + toOne + " s where s.name like '%1'");
        QUERIES.put(hierarchy + ".entityJoin", "select p.id, s.id from Part p join " + subclass + " s on s = " + toOne);
        QUERIES.put(hierarchy + ".rightJoin", "select p.id, s.id from Part p right join " + toOne + " s");
        QUERIES.put(hierarchy + ".collection", "select c.id, s.id from Catalog c join " + collection + " s");
        QUERIES.put(hierarchy + ".collectionLeftJoin", "select c.id, s.id from Catalog c left join " + collection + " s");
        QUERIES.put(hierarchy + ".collectionCount",
                "select c.id, count(s) from Catalog c left join " + collection + " s group by c.id");
        QUERIES.put(hierarchy + ".exists", "select c.id from Catalog c where exists (select 1 from " + collection + " s)");
        QUERIES.put(hierarchy + ".full.join", "select p.id, s.id from Part p full join " + toOne + " s");
        QUERIES.put(hierarchy + ".size", "select c.id, size(" + collection + ") from Catalog c");
    }

    @Entity(name = "Company")
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Company {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "Supplier")
    public static class Supplier extends Company {
    }

    @Entity(name = "Firm")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    public static class Firm {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "Vendor")
    public static class Vendor extends Firm {
    }

    @Entity(name = "Part")
    public static class Part {
        @Id
        Long id;
        @ManyToOne
        Supplier supplier;
        @ManyToOne
        Vendor vendor;
    }

    @Entity(name = "Catalog")
    public static class Catalog {
        @Id
        Long id;
        @OneToMany
        @JoinTable(name = "catalog_suppliers")
        List<Supplier> suppliers = new ArrayList<>();
        @OneToMany
        @JoinColumn(name = "catalog_id")
        List<Vendor> vendors = new ArrayList<>();
    }

    private final boolean liveOnly;

    SubclassJoinsCase(boolean liveOnly) {
        this.liveOnly = liveOnly;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Company.class, Supplier.class, Firm.class, Vendor.class, Part.class, Catalog.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(this::seed);
        if (!liveOnly) {
            // without the agent the database refuses: live rows reference them
            observer.attempt("remove", em -> {
                em.remove(em.find(Supplier.class, 31L));
                em.remove(em.find(Vendor.class, 51L));
            });
        }
        QUERIES.forEach((key, query) -> observer.read(key, em -> JoinsCase.sortedRows(em, query)));
    }

    private void seed(EntityManager em) {
        // a company and a firm of the root classes, which no query of a subclass may list
        Company company = new Company();
        company.id = 32L;
        company.name = "C32";
        em.persist(company);
        Firm firm = new Firm();
        firm.id = 52L;
        firm.name = "F52";
        em.persist(firm);
        Supplier s30 = supplier(em, 30);
        Supplier s31 = supplier(em, 31);
        Vendor v50 = vendor(em, 50);
        Vendor v51 = vendor(em, 51);
        part(em, 40, s30, v50);
        part(em, 41, s31, v51);
        part(em, 42, null, null);
        catalog(em, 60, s30, v50);
        catalog(em, 61, s31, v51);
    }

    private Supplier supplier(EntityManager em, long id) {
        Supplier supplier = new Supplier();
        supplier.id = id;
        supplier.name = "S" + id;
        return seeded(em, id, supplier);
    }

    private Vendor vendor(EntityManager em, long id) {
        Vendor vendor = new Vendor();
        vendor.id = id;
        vendor.name = "V" + id;
        return seeded(em, id, vendor);
    }

    /** The row persisted; in the live-only case a removed row is not, and is null. */
    private <T> T seeded(EntityManager em, long id, T row) {
        if (liveOnly && REMOVED.contains(id)) {
            return null;
        }
        em.persist(row);
        return row;
    }

    private static void part(EntityManager em, long id, Supplier supplier, Vendor vendor) {
        Part part = new Part();
        part.id = id;
        part.supplier = supplier;
        part.vendor = vendor;
        em.persist(part);
    }

    private static void catalog(EntityManager em, long id, Supplier supplier, Vendor vendor) {
        Catalog catalog = new Catalog();
        catalog.id = id;
        Stream.ofNullable(supplier).forEach(catalog.suppliers::add);
        Stream.ofNullable(vendor).forEach(catalog.vendors::add);
        em.persist(catalog);
    }
}
