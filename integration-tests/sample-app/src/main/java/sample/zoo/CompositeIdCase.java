package sample.zoo;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/**
 * Composite identifiers, as an embedded id ({@code @EmbeddedId}) and as an id class ({@code @IdClass}), and to-ones
 * to them over two join columns (without foreign keys, so that without the agent the rows can go).
 */
public final class CompositeIdCase implements ZooCase {
    @Embeddable
    public record ShelfId(String aisle, int number) implements Serializable {
    }

    @Entity(name = "Shelf")
    public static class Shelf {
        @EmbeddedId
        ShelfId id;
        String label;

        protected Shelf() {
        }

        Shelf(String aisle, int number) {
            this.id = new ShelfId(aisle, number);
            this.label = aisle + number;
        }
    }

    public static class SlotId implements Serializable {
        String line;
        int col;

        protected SlotId() {
        }

        SlotId(String line, int col) {
            this.line = line;
            this.col = col;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlotId that && line.equals(that.line) && col == that.col;
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, col);
        }
    }

    @Entity(name = "Slot")
    @IdClass(SlotId.class)
    public static class Slot {
        @Id
        String line;
        @Id
        int col;
        String label;

        protected Slot() {
        }

        Slot(String line, int col) {
            this.line = line;
            this.col = col;
            this.label = line + col;
        }
    }

    @Entity(name = "Crate")
    public static class Crate {
        @Id
        Long id;
        @ManyToOne
        @JoinColumns(value = {@JoinColumn(name = "shelf_aisle", referencedColumnName = "aisle"),
                @JoinColumn(name = "shelf_number", referencedColumnName = "number")},
                foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Shelf shelf;
        @ManyToOne
        @JoinColumns(value = {@JoinColumn(name = "slot_line", referencedColumnName = "line"),
                @JoinColumn(name = "slot_col", referencedColumnName = "col")},
                foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Slot slot;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Shelf.class, Slot.class, Crate.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Shelf removedShelf = new Shelf("A", 1);
            em.persist(removedShelf);
            em.persist(new Shelf("A", 2));
            em.persist(new Shelf("B", 1));
            Slot removedSlot = new Slot("r", 1);
            em.persist(removedSlot);
            em.persist(new Slot("r", 2));
            Crate crate = new Crate();
            crate.id = 1L;
            crate.shelf = removedShelf;
            crate.slot = removedSlot;
            em.persist(crate);
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Shelf.class, new ShelfId("A", 1)));
            em.remove(em.find(Slot.class, new SlotId("r", 1)));
        });
        observer.bulk("bulkDelete", "delete from Shelf s where s.id.aisle = 'B'");
        observer.lookups("shelf", Shelf.class, new ShelfId("A", 1));
        observer.lookups("slot", Slot.class, new SlotId("r", 1));
        observer.query("shelves", "select s.label from Shelf s order by s.label");
        observer.query("slots", "select s.label from Slot s order by s.label");
        observer.read("shelf.byId", em -> em.createQuery("select s.label from Shelf s where s.id = :id", String.class)
                .setParameter("id", new ShelfId("A", 1)).getResultList());
        observer.read("crate.shelf", em -> em.find(Crate.class, 1L).shelf.label);
        observer.read("crate.slot", em -> em.find(Crate.class, 1L).slot.label);
        observer.query("joined", "select c.id from Crate c join c.shelf s join c.slot t");
    }
}
