package sample.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import sample.outside.Walker;

/**
 * Right, full, inner and left joins, alone and in chains, over data with removed rows on both sides of each join:
 * to a to-one, a one-to-one, a collection, an entity by a condition of its own, a many-to-many whose links reach
 * removed vets. Toys are flagged {@code active}, vets with a timestamp, walkers not at all. The same application
 * on the live rows alone (the case {@code liveOnly}: the removed rows never seeded, references to them null, links
 * to them absent) is what the joins mean over live rows only.
 */
public final class JoinsCase implements ZooCase {
    /**
     * The rows removed. Live rows reference them (owner 11 pet 3, pet 2 vet 101, toy 22 owner 12, walkers 81 and 82
     * pets 3 and 6, clinic 70 vet 101), they reference live rows (owner 12 pet 4, toy 21 owner 10, pet 3 vet 100),
     * and toy 24 stands alone.
     */
    private static final Set<Long> REMOVED = Set.of(101L, 3L, 6L, 12L, 21L, 24L);

    /** Each query, by the key it is observed as; its rows are observed sorted. */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("right.toOne", "select o.id, p.id from Owner o right join o.pet p");
        QUERIES.put("right.oneToOne", "select o.id, b.id from Owner o right join o.buddy b");
        QUERIES.put("right.collection", "select o.id, t.id from Owner o right join o.toys t");
        QUERIES.put("right.entity", "select o.id, p.id from Owner o right join Pet p on o.pet = p");
        QUERIES.put("right.count", "select count(*) from Owner o right join o.pet p");
        QUERIES.put("right.timestamp", "select p.id, v.id from Pet p right join p.vet v");
        QUERIES.put("right.fromUnconfigured", "select w.id, p.id from Walker w right join w.pet p");
        QUERIES.put("right.toUnconfigured", "select p.id, w.id from Pet p right join Walker w on w.pet = p");
        QUERIES.put("chain.leftRight", "select o.id, p.id, v.id from Owner o left join o.pet p right join p.vet v");
        QUERIES.put("chain.innerRight", "select o.id, p.id, v.id from Owner o join o.pet p right join p.vet v");
        QUERIES.put("chain.rightLeft", "select o.id, p.id, v.id from Owner o right join o.pet p left join p.vet v");
        QUERIES.put("chain.rightInner", "select o.id, p.id, v.id from Owner o right join o.pet p join p.vet v");
        QUERIES.put("chain.rightRight", "select t.id, o.id, p.id from Toy t right join t.owner o right join o.pet p");
        QUERIES.put("full.toOne", "select o.id, p.id from Owner o full join o.pet p");
        QUERIES.put("full.oneToOne", "select o.id, b.id from Owner o full join o.buddy b");
        QUERIES.put("full.collection", "select o.id, t.id from Owner o full join o.toys t");
        QUERIES.put("full.entity", "select o.id, p.id from Owner o full join Pet p on o.pet = p");
        QUERIES.put("full.timestamp", "select p.id, v.id from Pet p full join p.vet v");
        QUERIES.put("full.unconfigured", "select w.id, p.id from Walker w full join w.pet p");
        QUERIES.put("full.chain.fullLeft", "select o.id, p.id, v.id from Owner o full join o.pet p left join p.vet v");
        QUERIES.put("full.chain.leftFull", "select o.id, p.id, v.id from Owner o left join o.pet p full join p.vet v");
        QUERIES.put("full.chain.fullRight", "select o.id, p.id, v.id from Owner o full join o.pet p right join p.vet v");
        QUERIES.put("manyToMany.join", "select c.id, v.id from Clinic c join c.vets v");
        QUERIES.put("manyToMany.leftJoin", "select c.id, v.id from Clinic c left join c.vets v");
        QUERIES.put("manyToMany.rightJoin", "select c.id, v.id from Clinic c right join c.vets v");
        QUERIES.put("manyToMany.count", "select c.id, count(v) from Clinic c left join c.vets v group by c.id");
        QUERIES.put("size.manyToMany", "select c.id, size(c.vets) from Clinic c");
        QUERIES.put("size.oneToMany", "select o.id, size(o.toys) from Owner o");
        QUERIES.put("size.where", "select c.id from Clinic c where size(c.vets) = 2");
        QUERIES.put("maxelement.oneToMany", "select o.id, maxelement(o.toys) from Owner o");
    }

    @Entity(name = "Vet")
    public static class Vet {
        @Id
        Long id;
    }

    @Entity(name = "Pet")
    public static class Pet {
        @Id
        Long id;
        @ManyToOne
        Vet vet;
    }

    @Entity(name = "Owner")
    public static class Owner {
        @Id
        Long id;
        @ManyToOne
        Pet pet;
        @OneToOne
        @JoinColumn(unique = true)
        Pet buddy;
        @OneToMany(mappedBy = "owner")
        List<Toy> toys = new ArrayList<>();
    }

    @Entity(name = "Toy")
    public static class Toy {
        @Id
        Long id;
        @ManyToOne
        Owner owner;
    }

    @Entity(name = "Clinic")
    public static class Clinic {
        @Id
        Long id;
        @ManyToMany
        List<Vet> vets = new ArrayList<>();
    }

    private final boolean liveOnly;

    JoinsCase(boolean liveOnly) {
        this.liveOnly = liveOnly;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Vet.class, Pet.class, Owner.class, Toy.class, Clinic.class, Walker.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(this::seed);
        if (!liveOnly) {
            // without the agent the database refuses: live rows reference them
            observer.attempt("remove", em -> {
                em.remove(em.find(Vet.class, 101L));
                em.remove(em.find(Pet.class, 3L));
                em.remove(em.find(Pet.class, 6L));
                em.remove(em.find(Owner.class, 12L));
                em.remove(em.find(Toy.class, 21L));
                em.remove(em.find(Toy.class, 24L));
            });
        }
        QUERIES.forEach((key, query) -> observer.read(key, em -> sortedRows(em, query)));
    }

    private void seed(EntityManager em) {
        Vet v100 = vet(em, 100);
        Vet v101 = vet(em, 101);
        Vet v102 = vet(em, 102);
        Pet p1 = pet(em, 1, v100);
        Pet p2 = pet(em, 2, v101);
        Pet p3 = pet(em, 3, v100);
        Pet p4 = pet(em, 4, null);
        pet(em, 5, v102);
        Pet p6 = pet(em, 6, null);
        Owner o10 = owner(em, 10, p1);
        Owner o11 = owner(em, 11, p3);
        Owner o12 = owner(em, 12, p4);
        owner(em, 13, null);
        owner(em, 14, p2);
        toy(em, 20, o10);
        toy(em, 21, o10);
        toy(em, 22, o12);
        toy(em, 23, null);
        toy(em, 24, null);
        toy(em, 25, o11);
        clinic(em, 70, v100, v101, v102);
        clinic(em, 71);
        em.persist(new Walker(80L, p1));
        em.persist(new Walker(81L, p3));
        em.persist(new Walker(82L, p6));
        em.persist(new Walker(83L, null));
    }

    /** The row persisted; in the live-only case a removed row is not, and is null. */
    private <T> T seeded(EntityManager em, long id, T row) {
        if (liveOnly && REMOVED.contains(id)) {
            return null;
        }
        em.persist(row);
        return row;
    }

    private Vet vet(EntityManager em, long id) {
        Vet vet = new Vet();
        vet.id = id;
        return seeded(em, id, vet);
    }

    private Pet pet(EntityManager em, long id, Vet vet) {
        Pet pet = new Pet();
        pet.id = id;
        pet.vet = vet;
        return seeded(em, id, pet);
    }

    private Owner owner(EntityManager em, long id, Pet pet) {
        Owner owner = new Owner();
        owner.id = id;
        owner.pet = pet;
        owner.buddy = pet;
        return seeded(em, id, owner);
    }

    private void toy(EntityManager em, long id, Owner owner) {
        Toy toy = new Toy();
        toy.id = id;
        toy.owner = owner;
        seeded(em, id, toy);
    }

    private void clinic(EntityManager em, long id, Vet... vets) {
        Clinic clinic = new Clinic();
        clinic.id = id;
        Stream.of(vets).filter(Objects::nonNull).forEach(clinic.vets::add);
        seeded(em, id, clinic);
    }

    /** The rows of a query as text, sorted: the databases order nulls differently. */
    static List<String> sortedRows(EntityManager em, String query) {
        return em.createQuery(query).getResultList().stream()
                .map(row -> row instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(row))
                .sorted().toList();
    }
}
