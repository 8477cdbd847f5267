package sample.zoo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

/**
 * JOINED (animals) and SINGLE_TABLE (shapes) hierarchies, read through the root, a subclass, {@code type()},
 * {@code treat} and explicit joins to a subclass, and removed by {@code remove} and by a bulk {@code delete} of a
 * subclass. Dog 1 and circle 1 are removed by {@code remove}, dog 3 and square 4 by bulk deletes; a keeper
 * references each animal and shape, and keeper 1 walks every dog (a many-to-many to the subclass).
 */
public final class HierarchyCase implements ZooCase {
    @Entity(name = "Animal")
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Animal {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "Dog")
    public static class Dog extends Animal {
        String breed;
    }

    @Entity(name = "Cat")
    public static class Cat extends Animal {
        int lives;
    }

    @Entity(name = "Shape")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    public static class Shape {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "Circle")
    public static class Circle extends Shape {
        double radius;
    }

    @Entity(name = "Square")
    public static class Square extends Shape {
        double side;
    }

    @Entity(name = "Keeper")
    public static class Keeper {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Animal animal;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Dog dog;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Shape shape;
        @ManyToMany
        @JoinTable(name = "keeper_walks", inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Set<Dog> walks = new HashSet<>();
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Animal.class, Dog.class, Cat.class, Shape.class, Circle.class, Square.class, Keeper.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            // odd ids are dogs and circles, even ones cats and squares
            for (long id = 1; id <= 5; id++) {
                Animal animal = id % 2 == 1 ? new Dog() : new Cat();
                animal.id = id;
                animal.name = (id % 2 == 1 ? "dog" : "cat") + id;
                em.persist(animal);
                Shape shape = id % 2 == 1 ? new Circle() : new Square();
                shape.id = id;
                shape.name = (id % 2 == 1 ? "circle" : "square") + id;
                em.persist(shape);
                Keeper keeper = new Keeper();
                keeper.id = id;
                keeper.animal = animal;
                keeper.dog = animal instanceof Dog dog ? dog : null;
                keeper.shape = shape;
                em.persist(keeper);
                if (animal instanceof Dog dog) {
                    em.find(Keeper.class, 1L).walks.add(dog);
                }
            }
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Animal.class, 1L));
            em.remove(em.find(Circle.class, 1L));
        });
        observer.bulk("bulkDelete.dog", "delete from Dog d where d.id = 3");
        observer.bulk("bulkDelete.square", "delete from Square s where s.id = 4");
        observer.query("animals", "select a.name from Animal a order by a.id");
        observer.query("dogs", "select d.name from Dog d order by d.id");
        observer.query("shapes", "select s.name from Shape s order by s.id");
        observer.query("circles", "select c.name from Circle c order by c.id");
        observer.query("type", "select a.name from Animal a where type(a) = Dog");
        observer.query("shapeType", "select s.name from Shape s where type(s) = Circle");
        observer.query("treat", "select treat(a as Dog).name from Keeper k join k.animal a where type(a) = Dog");
        observer.query("treatJoin", "select k.id from Keeper k join treat(k.animal as Dog) d order by k.id");
        observer.query("subclassJoin", "select k.id from Keeper k join k.dog d order by k.id");
        observer.query("shapeJoin", "select k.id from Keeper k join k.shape s where type(s) = Circle order by k.id");
        observer.lookups("animal", Animal.class, 1L);
        observer.lookups("dog", Dog.class, 3L);
        observer.lookups("circle", Circle.class, 1L);
        observer.query("walks", "select d.name from Keeper k join k.walks d");
        observer.query("walks.left", "select k.id, d.name from Keeper k left join k.walks d where k.id = 1");
        observer.query("walks.size", "select size(k.walks) from Keeper k where k.id = 1");
        observer.read("keeper.walks", em -> em.find(Keeper.class, 1L).walks.stream().map(dog -> dog.name).toList());
        observer.read("keeper.animal", em -> em.find(Keeper.class, 1L).animal.name);
        observer.read("keeper.dog", em -> em.find(Keeper.class, 3L).dog.name);
        observer.read("keeper.shape", em -> em.find(Keeper.class, 1L).shape.name);
    }
}
