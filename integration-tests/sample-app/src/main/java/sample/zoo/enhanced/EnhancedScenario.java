package sample.zoo.enhanced;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import sample.zoo.Observer;

/** Runs in the enhancing class loader, beside the enhanced entities. */
public final class EnhancedScenario {
    private EnhancedScenario() {
    }

    public static void run(EntityManagerFactory emf, Observer observer) {
        observer.observe("enhanced", PersistentAttributeInterceptable.class.isAssignableFrom(Author.class));
        observer.inTransaction(em -> {
            for (long id = 1; id <= 2; id++) {
                Publisher publisher = new Publisher();
                publisher.id = id;
                publisher.name = "publisher " + id;
                publisher.history = "history " + id;
                em.persist(publisher);
            }
            for (long id = 1; id <= 3; id++) {
                Author author = new Author();
                author.id = id;
                author.name = "author " + id;
                author.biography = "biography " + id;
                author.publisher = em.find(Publisher.class, id == 3 ? 2L : 1L);
                em.persist(author);
            }
        });
        observer.attempt("removePublisher", em -> em.remove(em.find(Publisher.class, 1L)));
        observer.attempt("removeAuthor", em -> em.remove(em.find(Author.class, 2L)));
        observer.read("find.publisher", em -> em.find(Publisher.class, 1L));
        observer.read("find.author", em -> em.find(Author.class, 2L));
        observer.read("reference.publisher", em -> em.getReference(Publisher.class, 1L).getName());
        observer.read("authors", em -> em.createQuery("select a.name from Author a order by a.id", String.class).getResultList());
        observer.read("biography", em -> em.find(Author.class, 1L).getBiography());
        // a lazy to-one of a live row to a removed row resolves, with its lazy attribute
        observer.read("publisher.name", em -> em.find(Author.class, 1L).getPublisher().getName());
        observer.read("publisher.history", em -> em.find(Author.class, 1L).getPublisher().getHistory());
        observer.read("publisher2.authors", em -> em.find(Publisher.class, 2L).getAuthors().size());
        observer.attempt("rename", em -> em.find(Author.class, 1L).setName("renamed"));
        observer.read("renamed", em -> em.find(Author.class, 1L).getName());
    }
}
