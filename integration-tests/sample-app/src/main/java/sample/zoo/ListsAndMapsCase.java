package sample.zoo;

import java.util.ArrayList;
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
import jakarta.persistence.OrderBy;

/**
 * Ordered and indexed collections (lists with a position column: {@link OrderColumnCase}). A list ordered by a
 * property ({@code @OrderBy}): a removed element (song 2) leaves the list, the queries over it and its size. Maps of basic values ({@code @ElementCollection}, key in {@code @MapKeyColumn}), of
 * entities keyed by one of their properties ({@code @OneToMany @MapKey}) and by a column of the join table
 * ({@code @ManyToMany @MapKeyColumn}): bin 2 leaves the maps, the removed warehouse 2 keeps its rows.
 */
public final class ListsAndMapsCase implements ZooCase {
    @Entity(name = "Album")
    public static class Album {
        @Id
        Long id;
        @OneToMany(mappedBy = "album")
        @OrderBy("title desc")
        List<Song> songs = new ArrayList<>();
    }

    @Entity(name = "Song")
    public static class Song {
        @Id
        Long id;
        String title;
        @ManyToOne
        Album album;
    }

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
        return List.of(Album.class, Song.class, Bin.class, Warehouse.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Album album = new Album();
            album.id = 1L;
            em.persist(album);
            for (long id = 1; id <= 3; id++) {
                Song song = new Song();
                song.id = id;
                song.title = "s" + id;
                song.album = album;
                em.persist(song);
            }
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
            em.remove(em.find(Song.class, 2L));
            em.remove(em.find(Bin.class, 2L));
            em.remove(em.find(Warehouse.class, 2L));
        });
        observer.read("songs", em -> em.find(Album.class, 1L).songs.stream().map(song -> song.title).toList());
        observer.query("songCount", "select size(a.songs) from Album a");
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
