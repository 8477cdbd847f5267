package sample.zoo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

/**
 * Optimistic locking of every kind: a {@code @Version} of each type JPA allows ({@code int}, {@code Integer},
 * {@code long}, {@code short} and the timestamps {@code Instant} and {@code LocalDateTime}), a version in a JOINED
 * and in a SINGLE_TABLE hierarchy, removed through a subclass, and no version but the loaded state of every column
 * ({@code OptimisticLockType.ALL}) or of the changed ones ({@code DIRTY}, both with {@code @DynamicUpdate}). Of each
 * kind, item 1 is removed as loaded, item 2 is changed by another transaction after it was loaded, so that its
 * removal is stale and must fail, and item 3 is removed unloaded.
 */
public final class VersionsCase implements ZooCase {
    @MappedSuperclass
    public abstract static class Versioned {
        @Id
        Long id;
        String title;
    }

    @Entity(name = "IntVersioned")
    public static class IntVersioned extends Versioned {
        @Version
        int version;
    }

    @Entity(name = "IntegerVersioned")
    public static class IntegerVersioned extends Versioned {
        @Version
        Integer version;
    }

    @Entity(name = "LongVersioned")
    public static class LongVersioned extends Versioned {
        @Version
        long version;
    }

    @Entity(name = "ShortVersioned")
    public static class ShortVersioned extends Versioned {
        @Version
        short version;
    }

    @Entity(name = "InstantVersioned")
    public static class InstantVersioned extends Versioned {
        @Version
        Instant version;
    }

    @Entity(name = "LocalDateTimeVersioned")
    public static class LocalDateTimeVersioned extends Versioned {
        @Version
        LocalDateTime version;
    }

    @Entity(name = "Vehicle")
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Vehicle extends Versioned {
        @Version
        int version;
    }

    @Entity(name = "Car")
    public static class Car extends Vehicle {
        String model;
    }

    @Entity(name = "Device")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    public static class Device extends Versioned {
        @Version
        long version;
    }

    @Entity(name = "Phone")
    public static class Phone extends Device {
        String model;
    }

    @Entity(name = "AllColumnsNote")
    @OptimisticLocking(type = OptimisticLockType.ALL)
    @DynamicUpdate
    public static class AllColumnsNote extends Versioned {
    }

    @Entity(name = "DirtyColumnsNote")
    @OptimisticLocking(type = OptimisticLockType.DIRTY)
    @DynamicUpdate
    public static class DirtyColumnsNote extends Versioned {
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(IntVersioned.class, IntegerVersioned.class, LongVersioned.class, ShortVersioned.class,
                InstantVersioned.class, LocalDateTimeVersioned.class, Vehicle.class, Car.class, Device.class, Phone.class,
                AllColumnsNote.class, DirtyColumnsNote.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        removals(emf, observer, "int", IntVersioned.class, IntVersioned::new);
        removals(emf, observer, "integer", IntegerVersioned.class, IntegerVersioned::new);
        removals(emf, observer, "long", LongVersioned.class, LongVersioned::new);
        removals(emf, observer, "short", ShortVersioned.class, ShortVersioned::new);
        removals(emf, observer, "instant", InstantVersioned.class, InstantVersioned::new);
        removals(emf, observer, "localDateTime", LocalDateTimeVersioned.class, LocalDateTimeVersioned::new);
        removals(emf, observer, "joined", Car.class, Car::new);
        removals(emf, observer, "singleTable", Phone.class, Phone::new);
        removals(emf, observer, "all", AllColumnsNote.class, AllColumnsNote::new);
        removals(emf, observer, "dirty", DirtyColumnsNote.class, DirtyColumnsNote::new);
    }

    /** Observes {@code <kind>.remove}, {@code .stale}, {@code .unloaded} and {@code .titles}. */
    private static <T extends Versioned> void removals(EntityManagerFactory emf, Observer observer, String kind, Class<T> type,
                                              Supplier<T> factory) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 4; id++) {
                T item = factory.get();
                item.id = id;
                item.title = "v" + id;
                em.persist(item);
            }
        });
        observer.attempt(kind + ".remove", em -> em.remove(em.find(type, 1L)));
        observer.attempt(kind + ".stale", em -> {
            T stale = em.find(type, 2L);
            observer.inTransaction(other -> other.find(type, 2L).title = "changed");
            em.remove(stale);
        });
        observer.attempt(kind + ".unloaded", em -> em.remove(em.getReference(type, 3L)));
        observer.lookups(kind, type, 1L);
        observer.read(kind + ".titles", em -> em.createQuery("select v.title from " + type.getSimpleName() + " v order by v.id",
                String.class).getResultList());
    }
}
