package sample.boot;

import org.springframework.data.jpa.repository.JpaRepository;
import sample.boot.model.Publisher;

public interface PublisherRepository extends JpaRepository<Publisher, Long> {
}
