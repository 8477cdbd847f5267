package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * A read-only entity over a query ({@code @Subselect}, {@code @Immutable}) beside the entity of the table it reads.
 * A package selector selects both; the view has no table of its own to flag, so the agent leaves it as it is.
 */
public final class ViewCase implements ZooCase {
    @Entity(name = "Item")
    @Table(name = "item")
    public static class Item {
        @Id
        Long id;
        String name;

        protected Item() {
        }

        Item(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Entity(name = "ItemView")
    @Immutable
    @Subselect("select id, name from item")
    @Synchronize("item")
    public static class ItemView {
        @Id
        Long id;
        String name;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Item.class, ItemView.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            em.persist(new Item(1L, "kept"));
            em.persist(new Item(2L, "removed"));
        });
        observer.attempt("remove", em -> em.remove(em.find(Item.class, 2L)));
        observer.read("items", em -> em.createQuery("select i.name from Item i order by i.id", String.class).getResultList());
        observer.read("view.find", em -> em.find(ItemView.class, 1L).name);
        // the view is the application's own SQL: like native SQL, it sees the removed row
        observer.read("view.names", em -> em.createQuery("select v.name from ItemView v order by v.id", String.class)
                .getResultList());
    }
}
