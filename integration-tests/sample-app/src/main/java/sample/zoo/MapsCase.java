package sample.zoo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;

/**
 * Maps: of basic values ({@code @ElementCollection}, key in {@code @MapKeyColumn}), of entities keyed by one of
 * their properties ({@code @OneToMany @MapKey}) and keyed by a column of the join table ({@code @ManyToMany
 * @MapKeyColumn}). Bin 2 and warehouse 2 are removed: the bin leaves the maps, the warehouse keeps its rows.
 */
public final class MapsCase implements ZooCase {
    @Entity(name = "Bin")
    public static class Bin {
        @Id
        Long id;
        String code;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Warehouse warehouse;
    }

    @Entity(name = "Warehouse")
    public static class Warehouse {
        @Id
        Long id;
        @ElementCollection
        @MapKeyColumn(name = "sku")
        @Column(name = "quantity")
        Map<String, Integer> stock = new HashMap<>();
        @OneToMany(mappedBy = "warehouse")
        @MapKey(name = "code")
        Map<String, Bin> bins = new HashMap<>();
        @ManyToMany
        @JoinTable(name = "warehouse_dock", inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        @MapKeyColumn(name = "dock")
        Map<Integer, Bin> docks = new HashMap<>();
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Bin.class, Warehouse.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 2; id++) {
                Warehouse warehouse = new Warehouse();
                warehouse.id = id;
                warehouse.stock.put("sku" + id, (int) id);
                em.persist(warehouse);
            }
            for (long id = 1; id <= 3; id++) {
                Bin bin = new Bin();
                bin.id = id;
                bin.code = "b" + id;
                bin.warehouse = em.find(Warehouse.class, id == 3 ? 2L : 1L);
                bin.warehouse.docks.put((int) id, bin);
                em.persist(bin);
            }
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Bin.class, 2L));
            em.remove(em.find(Warehouse.class, 2L));
        });
        observer.lookups("bin", Bin.class, 2L);
        observer.read("bins", em -> new TreeMap<>(em.find(Warehouse.class, 1L).bins).keySet());
        observer.read("docks", em -> {
            Map<Integer, String> docks = new TreeMap<>();
            em.find(Warehouse.class, 1L).docks.forEach((dock, bin) -> docks.put(dock, bin.code));
            return docks;
        });
        observer.query("binKeys", "select key(b) from Warehouse w join w.bins b order by key(b)");
        observer.query("dockKeys", "select key(d), d.code from Warehouse w join w.docks d order by key(d)");
        observer.query("stock", "select w.id, key(s), value(s) from Warehouse w join w.stock s order by w.id");
        observer.read("bin.warehouse", em -> em.find(Bin.class, 3L).warehouse.id);
    }
}
