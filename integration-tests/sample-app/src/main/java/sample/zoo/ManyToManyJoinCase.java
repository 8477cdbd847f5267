package sample.zoo;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * A many-to-many whose link rows stay when an element is removed: a link to a removed element must read as if it
 * were absent: in joins (inner and left), {@code size}, {@code member of}, {@code is empty}, subqueries, fetches and
 * the collection.
 * Purchase 1 links t1 (live), t2 and t3 (removed); purchase 2 links only t2 and t3; purchase 3 links nothing;
 * purchase 4 links t1 and is removed itself.
 */
public final class ManyToManyJoinCase implements ZooCase {
    @Entity(name = "Tag")
    public static class Tag {
        @Id
        Long id;
        String name;

        protected Tag() {
        }

        Tag(Long id) {
            this.id = id;
            this.name = "t" + id;
        }
    }

    @Entity(name = "Purchase")
    public static class Purchase {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Set<Tag> tags = new java.util.HashSet<>();

        protected Purchase() {
        }

        Purchase(Long id, Tag... tags) {
            this.id = id;
            this.tags.addAll(List.of(tags));
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Tag.class, Purchase.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Tag t1 = new Tag(1L);
            Tag t2 = new Tag(2L);
            Tag t3 = new Tag(3L);
            List.of(t1, t2, t3).forEach(em::persist);
            em.persist(new Purchase(1L, t1, t2, t3));
            em.persist(new Purchase(2L, t2, t3));
            em.persist(new Purchase(3L));
            em.persist(new Purchase(4L, t1));
        });
        observer.attempt("remove", em -> {
            // a removed tag keeps its links, which the application's own model still holds
            em.remove(em.find(Tag.class, 2L));
            em.remove(em.find(Tag.class, 3L));
            em.remove(em.find(Purchase.class, 4L));
        });
        observer.lookups("tag", Tag.class, 2L);
        observer.query("leftJoin", "select p.id, t.name from Purchase p left join p.tags t order by p.id, t.name");
        observer.query("innerJoin", "select p.id, t.name from Purchase p join p.tags t order by p.id, t.name");
        observer.query("leftJoinCount", "select p.id, count(t) from Purchase p left join p.tags t group by p.id order by p.id");
        observer.query("size", "select p.id, size(p.tags) from Purchase p order by p.id");
        observer.read("memberOf", em -> em.createQuery("select p.id from Purchase p where :tag member of p.tags order by p.id",
                Long.class).setParameter("tag", em.getReference(Tag.class, 2L)).getResultList());
        observer.query("isEmpty", "select p.id from Purchase p where p.tags is empty order by p.id");
        observer.query("exists", "select p.id from Purchase p where exists (select t from p.tags t where t.name = 't2')");
        observer.read("collection", em -> names(em.find(Purchase.class, 1L).tags));
        observer.read("fetched", em -> em.createQuery("select distinct p from Purchase p left join fetch p.tags order by p.id",
                Purchase.class).getResultList().stream().map(p -> p.id + "=" + names(p.tags)).toList());
    }

    private static Set<String> names(Set<Tag> tags) {
        Set<String> names = new TreeSet<>();
        tags.forEach(tag -> names.add(tag.name));
        return names;
    }
}
