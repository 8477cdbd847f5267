package sample.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;

/** Soft-deleted by Hibernate's own annotation. */
@Entity
@SoftDelete
public class Draft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String text;

    protected Draft() {
    }

    public Long getId() {
        return id;
    }
}
