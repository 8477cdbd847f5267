package sample.zoo;

import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import sample.zoo.hbm.Car;
import sample.zoo.hbm.Circle;
import sample.zoo.hbm.Customer;
import sample.zoo.hbm.Dog;
import sample.zoo.hbm.Purchase;
import sample.zoo.hbm.Tag;

/**
 * A shop of plain classes mapped in {@code hbm.xml} only ({@code sample/zoo/hbm/shop.hbm.xml}), which Hibernate
 * binds with its own {@code hbm.xml} binder: a versioned customer whose purchases go with it
 * ({@code cascade="all-delete-orphan"}), tags through a join table, and a hierarchy of each kind.
 */
public final class HbmShopCase implements ZooCase {

    @Override
    public List<Class<?>> entities() {
        return List.of();
    }

    @Override
    public List<String> mappingFiles() {
        return List.of("sample/zoo/hbm/shop.hbm.xml");
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Tag tag = new Tag();
            tag.id = 1L;
            em.persist(tag);
            // customer i buys purchases 10 * i + 1 and 10 * i + 2
            for (long i = 1; i <= 3; i++) {
                Customer customer = new Customer();
                customer.id = i;
                customer.name = "c" + i;
                customer.tags.add(tag);
                em.persist(customer);
                for (long j = 1; j <= 2; j++) {
                    Purchase purchase = new Purchase();
                    purchase.id = 10 * i + j;
                    purchase.customer = customer;
                    customer.purchases.add(purchase);
                    em.persist(purchase);
                }
            }
            for (long id = 1; id <= 3; id++) {
                Dog dog = new Dog();
                dog.id = id;
                em.persist(dog);
                Car car = new Car();
                car.id = id;
                em.persist(car);
                Circle circle = new Circle();
                circle.id = id;
                em.persist(circle);
            }
        });
        observer.attempt("remove", em -> em.remove(em.find(Customer.class, 1L)));
        observer.attempt("orphan", em -> em.find(Customer.class, 2L).purchases.remove(em.find(Purchase.class, 21L)));
        observer.bulk("bulkDelete", "delete from Customer c where c.id = 3");
        observer.attempt("staleRemove", em -> {
            Customer customer = em.find(Customer.class, 2L);
            observer.inTransaction(other -> other.find(Customer.class, 2L).name = "changed");
            em.remove(customer);
        });
        observer.attempt("removeJoined", em -> em.remove(em.find(Dog.class, 1L)));
        observer.bulk("bulkDeleteJoined", "delete from Dog d where d.id = 2");
        observer.attempt("removeSingleTable", em -> em.remove(em.find(Car.class, 1L)));
        observer.attempt("statelessDelete", em -> {
            try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                session.delete(session.get(Car.class, 2L));
                session.getTransaction().commit();
            }
        });
        observer.attempt("removeUnion", em -> em.remove(em.find(Circle.class, 1L)));
        observer.bulk("bulkDeleteUnion", "delete from Shape s where s.id = 2");

        observer.read("find", em -> em.find(Customer.class, 1L));
        observer.read("customers", em -> em.createQuery("select c.name from Customer c order by c.id", String.class).getResultList());
        observer.read("purchases", em -> em.createQuery("select p.id from Purchase p order by p.id", Long.class).getResultList());
        observer.read("customer2.purchases", em -> new TreeSet<>(em.find(Customer.class, 2L).purchases.stream()
                .map(purchase -> purchase.id).toList()));
        observer.read("tag.customers", em -> new TreeSet<>(em.find(Tag.class, 1L).customers.stream()
                .map(customer -> customer.name).toList()));
        observer.read("join", em -> em.createQuery("select p.id from Purchase p join p.customer c order by p.id", Long.class)
                .getResultList());
        observer.read("purchase31.customer", em -> String.valueOf(em.find(Purchase.class, 31L).customer));
        observer.attempt("updatePurchase31", em -> em.find(Purchase.class, 31L).item = "changed");
        observer.read("animals", em -> em.createQuery("select a.id from Animal a order by a.id", Long.class).getResultList());
        observer.read("vehicles", em -> em.createQuery("select v.id from Vehicle v order by v.id", Long.class).getResultList());
        observer.read("shapes", em -> em.createQuery("select s.id from Shape s order by s.id", Long.class).getResultList());
    }
}
