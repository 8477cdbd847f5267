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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

/**
 * Lists of entities ordered by a position column ({@code @OrderColumn}), on a one-to-many and on a many-to-many,
 * from which the application takes an element out before it removes it: the positions are rewritten, and the
 * removed element's row is kept.
 */
public final class OrderColumnCase implements ZooCase {
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

    @Override
    public List<Class<?>> entities() {
        return List.of(Track.class, Playlist.class);
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
        });
        observer.attempt("remove", em -> {
            Track removed = em.find(Track.class, 2L);
            Playlist playlist = em.find(Playlist.class, 1L);
            playlist.tracks.remove(removed);
            playlist.favourites.remove(removed);
            em.remove(removed);
        });
        observer.read("tracks", em -> em.find(Playlist.class, 1L).tracks.stream().map(track -> track.title).toList());
    }
}
