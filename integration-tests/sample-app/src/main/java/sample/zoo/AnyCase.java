package sample.zoo;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminator;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;

/**
 * A to-one to any of several entities, told apart by a discriminator column ({@code @Any}). Cat 1 is removed: the
 * leash that references it still resolves it, as any to-one does.
 */
public final class AnyCase implements ZooCase {
    public interface Pet {
        String name();
    }

    @Entity(name = "Cat")
    public static class Cat implements Pet {
        @Id
        Long id;

        @Override
        public String name() {
            return "cat" + id;
        }
    }

    @Entity(name = "Dog")
    public static class Dog implements Pet {
        @Id
        Long id;

        @Override
        public String name() {
            return "dog" + id;
        }
    }

    @Entity(name = "Leash")
    public static class Leash {
        @Id
        Long id;
        @Any
        @AnyDiscriminator(DiscriminatorType.STRING)
        @AnyDiscriminatorValue(discriminator = "C", entity = Cat.class)
        @AnyDiscriminatorValue(discriminator = "D", entity = Dog.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "pet_type")
        @JoinColumn(name = "pet_id")
        Pet pet;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Cat.class, Dog.class, Leash.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Cat cat = new Cat();
            cat.id = 1L;
            em.persist(cat);
            Dog dog = new Dog();
            dog.id = 1L;
            em.persist(dog);
            Leash leash = new Leash();
            leash.id = 1L;
            leash.pet = cat;
            em.persist(leash);
        });
        observer.attempt("remove", em -> em.remove(em.find(Cat.class, 1L)));
        observer.lookups("cat", Cat.class, 1L);
        observer.read("leash.pet", em -> {
            Pet pet = Observer.loaded(em.find(Leash.class, 1L).pet);
            return pet == null ? null : pet.name();
        });
    }
}
