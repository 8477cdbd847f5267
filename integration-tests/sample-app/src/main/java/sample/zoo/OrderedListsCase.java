package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

/**
 * Ordered lists: by a position column ({@code @OrderColumn}) on a one-to-many and on a many-to-many, and by a
 * property ({@code @OrderBy}). A removed element leaves the queries over a list and its size, and keeps its
 * position in the database, so that it can be restored where it was; the removed playlist keeps its rows too.
 */
public final class OrderedListsCase implements ZooCase {
    @Entity(name = "Track")
    public static class Track {
        @Id
        Long id;
        String title;

        protected Track() {
        }

        Track(Long id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    @Entity(name = "Playlist")
    public static class Playlist {
        @Id
        Long id;
        @OneToMany
        @JoinColumn(name = "playlist_id")
        @OrderColumn(name = "position")
        List<Track> tracks = new ArrayList<>();
        @ManyToMany
        @JoinTable(name = "playlist_favourites", inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        @OrderColumn(name = "rank")
        List<Track> favourites = new ArrayList<>();
    }

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

    @Override
    public List<Class<?>> entities() {
        return List.of(Track.class, Playlist.class, Album.class, Song.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Track a = new Track(1L, "a");
            Track b = new Track(2L, "b");
            Track c = new Track(3L, "c");
            List.of(a, b, c).forEach(em::persist);
            Playlist playlist = new Playlist();
            playlist.id = 1L;
            playlist.tracks.addAll(List.of(a, b, c));
            playlist.favourites.addAll(List.of(c, b));
            em.persist(playlist);
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
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Track.class, 2L));
            em.remove(em.find(Song.class, 2L));
        });
        observer.lookups("track", Track.class, 2L);
        observer.query("positions", "select index(t), t.title from Playlist p join p.tracks t order by index(t)");
        observer.read("songs", em -> em.find(Album.class, 1L).songs.stream().map(song -> song.title).toList());
        observer.query("sizes", "select size(p.tracks), size(p.favourites) from Playlist p");
        observer.query("favouritePositions", "select index(f), f.title from Playlist p join p.favourites f");
        observer.query("songCount", "select size(a.songs) from Album a");
        observer.attempt("removePlaylist", em -> em.remove(em.find(Playlist.class, 1L)));
    }
}
