package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/** A {@code @Subselect} entity named on its own in option {@code entities}: the unit is refused, and says why. */
public final class NamedViewCase implements ZooCase {
    @Entity(name = "NamedView")
    @Immutable
    @Subselect("select 1 as id")
    public static class NamedView {
        @Id
        Long id;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(NamedView.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.read("find", em -> em.find(NamedView.class, 1L) != null);
    }
}
