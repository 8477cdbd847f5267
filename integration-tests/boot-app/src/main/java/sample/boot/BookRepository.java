package sample.boot;

import java.util.List;

import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.transaction.annotation.Transactional;
import sample.boot.model.Book;

public interface BookRepository extends JpaRepository<Book, Long>, JpaSpecificationExecutor<Book> {

    List<Book> findByTitleStartingWithOrderByTitle(String prefix);

    long countByPriceGreaterThan(int price);

    boolean existsByTitle(String title);

    Page<Book> findByPriceGreaterThan(int price, Pageable pageable);

    @Query("select b from Book b join b.author a where a.name = :name order by b.title")
    List<Book> findByAuthorName(String name);

    /** Opting in to the agent's hint: removed books too (without the agent, Hibernate ignores the hint). */
    @QueryHints(@QueryHint(name = "softdelete.removed", value = "include"))
    List<Book> readByTitleStartingWithOrderByTitle(String prefix);

    @QueryHints(@QueryHint(name = "softdelete.removed", value = "only"))
    @Query("select b from Book b order by b.title")
    List<Book> findRemoved();

    @Transactional
    long deleteByTitle(String title);

    @Transactional
    @Modifying
    @Query("delete from Book b where b.price < :price")
    int deleteCheaperThan(int price);
}
