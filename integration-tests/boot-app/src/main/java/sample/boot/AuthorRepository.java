package sample.boot;

import org.springframework.data.jpa.repository.JpaRepository;
import sample.boot.model.Author;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    Author findByName(String name);
}
