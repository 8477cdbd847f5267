package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import org.hibernate.annotations.AnyDiscriminator;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.ManyToAny;
import sample.zoo.AnyCase.Cat;
import sample.zoo.AnyCase.Dog;
import sample.zoo.AnyCase.Pet;

/**
 * A collection of any of several entities ({@code @ManyToAny}): Hibernate resolves its elements one by one, by type
 * and id, so a removed element could not be left out. The agent refuses the unit at boot, naming the collection.
 */
public final class ManyToAnyCase implements ZooCase {
    @Entity(name = "Kennel")
    public static class Kennel {
        @Id
        Long id;
        @ManyToAny
        @AnyDiscriminator(DiscriminatorType.STRING)
        @AnyDiscriminatorValue(discriminator = "C", entity = Cat.class)
        @AnyDiscriminatorValue(discriminator = "D", entity = Dog.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "pet_type")
        @JoinTable(name = "kennel_pets", joinColumns = @JoinColumn(name = "kennel_id"), inverseJoinColumns = @JoinColumn(name = "pet_id"))
        List<Pet> pets = new ArrayList<>();
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Cat.class, Dog.class, Kennel.class);
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
            Kennel kennel = new Kennel();
            kennel.id = 1L;
            kennel.pets.addAll(List.of(cat, dog));
            em.persist(kennel);
        });
        observer.attempt("remove", em -> em.remove(em.find(Cat.class, 1L)));
        observer.read("kennel.pets", em -> em.find(Kennel.class, 1L).pets.stream().map(Pet::name).toList());
    }
}
