package sample.zoo;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import org.hibernate.annotations.Formula;

/** A property computed by SQL ({@code @Formula}) beside mapped columns. */
public final class FormulaCase implements ZooCase {
    @Entity(name = "Lens")
    public static class Lens {
        @Id
        Long id;
        float focal;
        @Formula("(1 / focal)")
        float power;

        protected Lens() {
        }

        Lens(Long id, float focal) {
            this.id = id;
            this.focal = focal;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Lens.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            em.persist(new Lens(1L, 2f));
            em.persist(new Lens(2L, 4f));
        });
        observer.read("power", em -> em.find(Lens.class, 2L).power);
        observer.attempt("remove", em -> em.remove(em.find(Lens.class, 1L)));
        observer.read("find.removed", em -> em.find(Lens.class, 1L));
        observer.read("powers", em -> em.createQuery("select l.power from Lens l", Float.class).getResultList());
    }
}
