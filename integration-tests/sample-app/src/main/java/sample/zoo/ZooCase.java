package sample.zoo;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

/**
 * One mapping feature of the JPA and Hibernate reference documentation, on entities of its own, in a persistence
 * unit of its own: {@link Zoo} boots it and runs it, printing what the application saw.
 */
public interface ZooCase {

    /** The entity classes of the unit. */
    List<Class<?>> entities();

    /** The mapping files of the unit ({@code orm.xml} or {@code hbm.xml}), as class path resources. */
    default List<String> mappingFiles() {
        return List.of();
    }

    /** Hibernate settings of the unit beyond the zoo's own. */
    default Map<String, Object> settings() {
        return Map.of();
    }

    /** The class loader the unit finds its classes through (the thread's context class loader while it runs). */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /** Seeds the data, removes some of it and reads, observing through {@code observer}. */
    void run(EntityManagerFactory emf, Observer observer);
}
