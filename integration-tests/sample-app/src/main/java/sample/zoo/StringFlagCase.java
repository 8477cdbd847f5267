package sample.zoo;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import org.hibernate.annotations.SQLRestriction;

/**
 * An entity that already keeps a flag of its own on the column the agent flags, as a string: the agent writes and
 * compares booleans there, so it must refuse the unit rather than let every read fail.
 */
public final class StringFlagCase implements ZooCase {
    @Entity(name = "Notice")
    @SQLRestriction("deleted <> 'true'")
    public static class Notice {
        @Id
        Long id;
        @Column(name = "deleted")
        String deleted = "false";
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Notice.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.read("notices", em -> em.createQuery("select n.id from Notice n", Long.class).getResultList());
    }
}
