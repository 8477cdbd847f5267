package sample.boot;

import java.util.List;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.support.TransactionTemplate;
import sample.boot.model.Author;
import sample.boot.model.Book;
import sample.boot.model.Publisher;

/**
 * A Spring Data JPA application that knows nothing of soft delete: it removes books every way Spring Data
 * offers, then reads what is left, printing what it sees as {@code observe key=value} lines.
 */
@SpringBootApplication
public class BootApp {

    public static void main(String[] args) {
        SpringApplication.run(BootApp.class, args).close();
    }

    @Bean
    CommandLineRunner playStore(BookRepository books, AuthorRepository authors, PublisherRepository publishers,
                                TransactionTemplate transaction) {
        return args -> {
            Author ann = authors.save(new Author("ann"));
            Author ben = authors.save(new Author("ben"));
            Author cid = authors.save(new Author("cid"));
            Book a1 = books.save(new Book("a1", 10, ann));
            Book a2 = books.save(new Book("a2", 20, ann));
            Book a3 = books.save(new Book("a3", 30, ben));
            Book a4 = books.save(new Book("a4", 40, ben));
            books.save(new Book("a5", 50, cid));
            books.save(new Book("a0", 5, ben));
            Book a6 = books.save(new Book("a6", 60, cid));
            books.save(new Book("a7", 70, ann));
            books.save(new Book("a8", 80, ann));
            publishers.save(new Publisher("p1"));
            publishers.save(new Publisher("p2"));

            observe("hibernate", org.hibernate.Version.getVersionString());
            books.delete(a1);
            books.deleteById(a2.getId());
            books.deleteAllInBatch(List.of(a3));
            books.deleteAllByIdInBatch(List.of(a4.getId()));
            observe("deleteByTitle", books.deleteByTitle("a5"));
            observe("modifyingDelete", books.deleteCheaperThan(6));
            publishers.deleteAll();
            try {
                authors.delete(cid);
                observe("authorDelete", "ok");
            } catch (RuntimeException e) {
                observe("authorDelete", e.getClass().getSimpleName());
            }

            observe("findAll", titles(books.findAll(Sort.by("title"))));
            observe("derivedFinder", titles(books.findByTitleStartingWithOrderByTitle("a")));
            observe("hinted.include", titles(books.readByTitleStartingWithOrderByTitle("a")));
            observe("hinted.only", titles(books.findRemoved()));
            observe("derivedCount", books.countByPriceGreaterThan(0));
            observe("exists.a1", books.existsByTitle("a1"));
            observe("exists.a7", books.existsByTitle("a7"));
            Page<Book> page = books.findByPriceGreaterThan(0, PageRequest.of(0, 2, Sort.by("title")));
            observe("page.total", page.getTotalElements());
            observe("page.pages", page.getTotalPages());
            observe("page.content", titles(page.getContent()));
            observe("queryJoin.ann", titles(books.findByAuthorName("ann")));
            observe("queryJoin.cid", titles(books.findByAuthorName("cid")));
            Specification<Book> priced = (root, query, cb) -> cb.ge(root.get("price"), 0);
            observe("specification", books.findAll(priced).size());
            Specification<Book> byCid = (root, query, cb) -> cb.equal(root.join("author").get("name"), "cid");
            observe("specificationJoin", titles(books.findAll(byCid)));
            observe("count.books", books.count());
            observe("count.authors", authors.count());
            observe("count.publishers", publishers.count());
            observe("findById.a1", books.findById(a1.getId()).isPresent());
            observe("findByName.cid", authors.findByName("cid") == null ? null : "cid");
            observe("lazyAuthor.a6", transaction.execute(status -> books.findById(a6.getId()).orElseThrow().getAuthor().getName()));
        };
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::getTitle).toList();
    }

    private static void observe(String key, Object value) {
        System.out.println("observe " + key + "=" + value);
    }
}
