package sample.zoo;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Every identifier quoted ({@code hibernate.globally_quoted_identifiers}): the flag column must be too, everywhere. */
public final class QuotedCase implements ZooCase {
    @Entity(name = "Person")
    public static class Person {
        @Id
        Long id;
        String name;
        @ManyToOne
        Person boss;

        protected Person() {
        }

        Person(Long id, String name, Person boss) {
            this.id = id;
            this.name = name;
            this.boss = boss;
        }
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Person.class);
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("hibernate.globally_quoted_identifiers", "true");
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.attempt("persist", em -> {
            Person boss = new Person(1L, "boss", null);
            em.persist(boss);
            em.persist(new Person(2L, "clerk", boss));
            em.persist(new Person(3L, "temp", boss));
        });
        observer.attempt("remove", em -> em.remove(em.find(Person.class, 1L)));
        observer.read("names", em -> em.createQuery("select p.name from Person p order by p.id", String.class).getResultList());
        observer.read("boss", em -> em.find(Person.class, 2L).boss.name);
        observer.read("bulk", em -> {
            em.getTransaction().begin();
            int count = em.createQuery("delete from Person p where p.name = 'temp'").executeUpdate();
            em.getTransaction().commit();
            return count;
        });
        observer.read("count", em -> em.createQuery("select count(p) from Person p", Long.class).getSingleResult());
    }
}
