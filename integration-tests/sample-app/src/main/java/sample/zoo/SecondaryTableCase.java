package sample.zoo;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

/**
 * An entity spread over two tables ({@code @SecondaryTable}): removal keeps both rows, the flag is in the primary
 * table, and reads of columns of the secondary table leave the removed row out. References to it have no foreign
 * key, so that without the agent the row can go and the reference dangles.
 */
public final class SecondaryTableCase implements ZooCase {
    @Entity(name = "Author")
    @SecondaryTable(name = "author_bio")
    public static class Author {
        @Id
        Long id;
        String name;
        @Column(table = "author_bio")
        String bio;

        protected Author() {
        }

        Author(Long id, String name) {
            this.id = id;
            this.name = name;
            this.bio = name + " bio";
        }
    }

    @Entity(name = "Book")
    public static class Book {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Author author;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Author.class, Book.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            em.persist(new Author(1L, "kept"));
            Author removed = new Author(2L, "removed");
            em.persist(removed);
            em.persist(new Author(3L, "bulk"));
            Book book = new Book();
            book.id = 1L;
            book.author = removed;
            em.persist(book);
        });
        observer.attempt("remove", em -> em.remove(em.find(Author.class, 2L)));
        observer.bulk("bulkDelete", "delete from Author a where a.bio = 'bulk bio'");
        observer.lookups("author", Author.class, 2L);
        observer.query("bios", "select a.bio from Author a order by a.id");
        observer.read("criteria", em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> query = cb.createQuery(String.class);
            Root<Author> author = query.from(Author.class);
            return em.createQuery(query.select(author.get("bio")).where(cb.like(author.get("bio"), "%bio"))).getResultList();
        });
        observer.read("book.author", em -> em.find(Book.class, 1L).author.bio);
        observer.query("joined", "select b.id from Book b join b.author a");
        observer.query("path", "select b.author.bio from Book b");
    }
}
