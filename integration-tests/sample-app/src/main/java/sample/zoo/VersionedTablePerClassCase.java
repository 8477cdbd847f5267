package sample.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * A {@code TABLE_PER_CLASS} hierarchy with a concrete, versioned root: Vehicle has a table of its own as Car and
 * SportsCar below it have. A Driver drives a vehicle (eager) and owns a car (lazy).
 */
public final class VersionedTablePerClassCase implements ZooCase {
    @Entity(name = "Vehicle")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public static class Vehicle {
        @Id
        Long id;
        String plate;
        @Version
        int version;

        // a lazy to-one's proxy loads its target on a method call, not on a field read
        public String plate() {
            return plate;
        }
    }

    @Entity(name = "Car")
    public static class Car extends Vehicle {
    }

    @Entity(name = "SportsCar")
    public static class SportsCar extends Car {
    }

    @Entity(name = "Driver")
    public static class Driver {
        @Id
        Long id;
        String name;
        @ManyToOne
        Vehicle vehicle;
        @ManyToOne(fetch = FetchType.LAZY)
        Car car;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Vehicle.class, Car.class, SportsCar.class, Driver.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(this::seed);

        observer.attempt("remove", em -> em.remove(em.find(Vehicle.class, 1L)));
        observer.attempt("removeSubclass", em -> em.remove(em.find(Vehicle.class, 5L)));
        observer.attempt("stateless", em -> {
            try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                session.delete(session.get(Car.class, 3L));
                session.getTransaction().commit();
            }
        });
        observer.attempt("staleRemove", em -> {
            Vehicle stale = em.find(Vehicle.class, 2L);
            observer.inTransaction(other -> other.find(Vehicle.class, 2L).plate = "v2!");
            em.remove(stale);
        });
        observer.attempt("bulkRoot", em -> observer.observe("bulkRoot.count",
                em.createQuery("delete from Vehicle v where v.plate = 'bulk'").executeUpdate()));
        observer.attempt("bulkCar", em -> observer.observe("bulkCar.count",
                em.createQuery("delete from Car c where c.plate = 'gone'").executeUpdate()));

        observer.read("find", em -> {
            List<Long> found = new ArrayList<>();
            for (long id = 1; id <= 11; id++) {
                if (em.find(Vehicle.class, id) != null) {
                    found.add(id);
                }
            }
            return found;
        });
        for (String entity : List.of("Vehicle", "Car", "SportsCar")) {
            observer.read("ids." + entity, ids("select v.id from " + entity + " v order by v.id"));
        }
        observer.read("count", em -> em.createQuery("select count(v) from Vehicle v", Long.class).getSingleResult());
        observer.read("type", ids("select v.id from Vehicle v where type(v) = Vehicle order by v.id"));
        observer.read("typeCar", ids("select v.id from Vehicle v where type(v) = Car order by v.id"));
        observer.read("join.car", rows("select d.name, c.id from Driver d join d.car c order by d.id"));
        observer.read("leftJoin.car", rows("select d.name, c.id from Driver d left join d.car c order by d.id"));
        observer.read("join.vehicle", rows("select d.name, v.id from Driver d join d.vehicle v order by d.id"));
        observer.read("navigation", em -> {
            Driver ann = em.find(Driver.class, 1L);
            return ann.vehicle.plate() + " " + ann.car.plate();
        });
    }

    private void seed(EntityManager em) {
        for (Vehicle vehicle : List.of(vehicle(new Vehicle(), 1L, "v1"), vehicle(new Vehicle(), 2L, "v2"),
                vehicle(new Car(), 3L, "c3"), vehicle(new Car(), 4L, "c4"), vehicle(new SportsCar(), 5L, "s5"),
                vehicle(new SportsCar(), 6L, "s6"), vehicle(new Vehicle(), 7L, "bulk"), vehicle(new Car(), 8L, "bulk"),
                vehicle(new SportsCar(), 9L, "bulk"), vehicle(new Car(), 10L, "gone"), vehicle(new SportsCar(), 11L, "gone"))) {
            em.persist(vehicle);
        }
        em.persist(driver(1L, "ann", em.find(Vehicle.class, 5L), em.find(Car.class, 3L)));
        em.persist(driver(2L, "bob", em.find(Vehicle.class, 4L), em.find(Car.class, 6L)));
    }

    private static Vehicle vehicle(Vehicle vehicle, long id, String plate) {
        vehicle.id = id;
        vehicle.plate = plate;
        return vehicle;
    }

    private static Driver driver(long id, String name, Vehicle vehicle, Car car) {
        Driver driver = new Driver();
        driver.id = id;
        driver.name = name;
        driver.vehicle = vehicle;
        driver.car = car;
        return driver;
    }

    private static Function<EntityManager, Object> ids(String query) {
        return em -> em.createQuery(query, Long.class).getResultList();
    }

    private static Function<EntityManager, Object> rows(String query) {
        return em -> em.createQuery(query, Object[].class).getResultList().stream().map(Arrays::toString).toList();
    }
}
