package sample.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * {@code TABLE_PER_CLASS} hierarchies with abstract roots: each concrete class has a table of its own, an abstract
 * class has none, and a polymorphic read is a {@code union} of the tables below it. Animal has an abstract class
 * between it and Dog, and Puppy below Dog; Person has Keeper, who owns animals and walks dogs, and Visitor, whose
 * to-ones reach an animal, eagerly or lazily, through the root or a subclass.
 */
public final class TablePerClassCase implements ZooCase {
    @Entity(name = "Animal")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public abstract static class Animal {
        @Id
        Long id;
        String name;
        @ManyToOne(fetch = FetchType.LAZY)
        Keeper keeper;

        // a lazy to-one's proxy loads its target on a method call, not on a field read
        public String name() {
            return name;
        }
    }

    @Entity(name = "Canine")
    public abstract static class Canine extends Animal {
    }

    @Entity(name = "Dog")
    public static class Dog extends Canine {
        @ManyToOne(fetch = FetchType.LAZY)
        Keeper walker;
    }

    @Entity(name = "Puppy")
    public static class Puppy extends Dog {
    }

    @Entity(name = "Cat")
    public static class Cat extends Animal {
    }

    @Entity(name = "Person")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public abstract static class Person {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "Keeper")
    public static class Keeper extends Person {
        @OneToMany(mappedBy = "keeper", cascade = CascadeType.ALL, orphanRemoval = true)
        List<Animal> animals = new ArrayList<>();
        @OneToMany(mappedBy = "walker")
        List<Dog> dogs = new ArrayList<>();
    }

    @Entity(name = "Visitor")
    public static class Visitor extends Person {
        @ManyToOne(fetch = FetchType.LAZY)
        Animal pet;
        @ManyToOne
        Animal favourite;
        @ManyToOne(fetch = FetchType.LAZY)
        Dog dog;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Animal.class, Canine.class, Dog.class, Puppy.class, Cat.class, Person.class, Keeper.class,
                Visitor.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(this::seed);

        observer.attempt("remove", em -> em.remove(em.find(Animal.class, 1L)));
        observer.attempt("removeAsDog", em -> em.remove(em.find(Dog.class, 3L)));
        observer.attempt("orphan", em -> em.find(Keeper.class, 1L).animals.removeIf(animal -> animal.id == 5L));
        observer.attempt("stateless", em -> {
            try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                session.delete(session.get(Puppy.class, 4L));
                session.getTransaction().commit();
            }
        });
        observer.attempt("cascade", em -> em.remove(em.find(Keeper.class, 2L)));
        observer.attempt("bulkRoot", em -> observer.observe("bulkRoot.count",
                em.createQuery("delete from Animal a where a.name = 'bulk'").executeUpdate()));
        observer.attempt("bulkRootAgain", em -> observer.observe("bulkRootAgain.count",
                em.createQuery("delete from Animal a where a.name = 'bulk'").executeUpdate()));
        observer.attempt("bulkDog", em -> observer.observe("bulkDog.count",
                em.createQuery("delete from Dog d where d.name = 'gone'").executeUpdate()));

        observer.read("find", em -> found(em, Animal.class));
        observer.read("findDog", em -> found(em, Dog.class));
        for (String entity : List.of("Animal", "Canine", "Dog", "Puppy", "Cat")) {
            observer.read("ids." + entity, ids("select a.id from " + entity + " a order by a.id"));
        }
        observer.read("count.Animal", em -> em.createQuery("select count(a) from Animal a", Long.class).getSingleResult());
        observer.read("count.Dog", em -> em.createQuery("select count(d) from Dog d", Long.class).getSingleResult());
        observer.read("type", ids("select a.id from Animal a where type(a) = Dog order by a.id"));
        observer.read("typeIn", ids("select a.id from Animal a where type(a) in (Puppy, Cat) order by a.id"));
        observer.read("join.dog", rows("select v.name, d.id from Visitor v join v.dog d order by v.id"));
        observer.read("leftJoin.dog", rows("select v.name, d.id from Visitor v left join v.dog d order by v.id"));
        observer.read("join.pet", rows("select v.name, p.id from Visitor v join v.pet p order by v.id"));
        observer.read("animals", em -> em.find(Keeper.class, 1L).animals.stream().map(animal -> animal.id).sorted().toList());
        observer.read("dogs", em -> em.find(Keeper.class, 1L).dogs.stream().map(dog -> dog.id).sorted().toList());
        observer.read("persons", em -> em.createQuery("select p.name from Person p order by p.id", String.class).getResultList());
        observer.read("navigation", em -> {
            Visitor ann = em.find(Visitor.class, 21L);
            return ann.pet.name() + " " + ann.favourite.name() + " " + ann.dog.name();
        });
    }

    private void seed(EntityManager em) {
        Keeper kim = person(new Keeper(), 1L, "kim");
        Keeper lou = person(new Keeper(), 2L, "lou");
        em.persist(kim);
        em.persist(lou);
        for (Dog dog : List.of(animal(new Dog(), 1L, "rex"), animal(new Dog(), 2L, "fido"), animal(new Puppy(), 3L, "bit"),
                animal(new Puppy(), 4L, "bob"), animal(new Puppy(), 14L, "pip"))) {
            dog.keeper = kim;
            dog.walker = kim;
            em.persist(dog);
        }
        for (Cat cat : List.of(animal(new Cat(), 5L, "tom"), animal(new Cat(), 6L, "kit"))) {
            cat.keeper = kim;
            em.persist(cat);
        }
        for (Animal animal : List.of(animal(new Dog(), 7L, "max"), animal(new Cat(), 8L, "leo"))) {
            animal.keeper = lou;
            em.persist(animal);
        }
        for (Animal animal : List.of(animal(new Dog(), 9L, "bulk"), animal(new Puppy(), 10L, "bulk"),
                animal(new Cat(), 11L, "bulk"), animal(new Dog(), 12L, "gone"), animal(new Puppy(), 13L, "gone"))) {
            em.persist(animal);
        }
        Visitor ann = person(new Visitor(), 21L, "ann");
        ann.pet = em.find(Animal.class, 5L);
        ann.favourite = em.find(Animal.class, 3L);
        ann.dog = em.find(Dog.class, 1L);
        Visitor bea = person(new Visitor(), 22L, "bea");
        bea.pet = em.find(Animal.class, 6L);
        bea.favourite = em.find(Animal.class, 2L);
        bea.dog = em.find(Dog.class, 2L);
        em.persist(ann);
        em.persist(bea);
        em.persist(person(new Visitor(), 23L, "cy"));
    }

    private static <T extends Animal> T animal(T animal, long id, String name) {
        animal.id = id;
        animal.name = name;
        return animal;
    }

    private static <T extends Person> T person(T person, long id, String name) {
        person.id = id;
        person.name = name;
        return person;
    }

    /** The ids of 1 to 14 that {@code find} finds as this class. */
    private static List<Long> found(EntityManager em, Class<? extends Animal> type) {
        List<Long> found = new ArrayList<>();
        for (long id = 1; id <= 14; id++) {
            if (em.find(type, id) != null) {
                found.add(id);
            }
        }
        return found;
    }

    private static Function<EntityManager, Object> ids(String query) {
        return em -> em.createQuery(query, Long.class).getResultList();
    }

    private static Function<EntityManager, Object> rows(String query) {
        return em -> em.createQuery(query, Object[].class).getResultList().stream().map(Arrays::toString).toList();
    }
}
