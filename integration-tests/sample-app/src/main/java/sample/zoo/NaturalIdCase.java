package sample.zoo;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.Session;
import org.hibernate.annotations.NaturalId;

/**
 * Natural identifiers, simple and compound: Hibernate's loads by natural id ({@code bySimpleNaturalId},
 * {@code byNaturalId}, {@code byMultipleNaturalId}) leave a removed row out like {@code find} does, also in the
 * session that removed it and in one that holds it because an association led to it; so does the multi-load by
 * id. A many-to-one that references the natural id ({@code referencedColumnName}), joined (eager) or loaded by it
 * (lazy), is navigation, and resolves: an update of the airport writes its keys back as they were.
 */
public final class NaturalIdCase implements ZooCase {
    private static final boolean HAS_FIND_MULTIPLE = Arrays.stream(Session.class.getMethods())
            .anyMatch(method -> method.getName().equals("findMultiple"));
    @Entity(name = "Country")
    public static class Country {
        @Id
        Long id;
        @NaturalId
        String code;

        protected Country() {
        }

        Country(Long id, String code) {
            this.id = id;
            this.code = code;
        }
    }

    @Entity(name = "Flight")
    public static class Flight {
        @Id
        Long id;
        @NaturalId
        String airline;
        @NaturalId
        int number;

        protected Flight() {
        }

        Flight(Long id, String airline, int number) {
            this.id = id;
            this.airline = airline;
            this.number = number;
        }
    }

    @Entity(name = "Airport")
    public static class Airport {
        @Id
        Long id;
        String name;
        @ManyToOne
        @JoinColumn(name = "country_code", referencedColumnName = "code", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Country country;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "hub_code", referencedColumnName = "code", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Country hub;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Country.class, Flight.class, Airport.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Country france = new Country(1L, "FR");
            em.persist(france);
            em.persist(new Country(2L, "DE"));
            em.persist(new Flight(1L, "AF", 1));
            em.persist(new Flight(2L, "AF", 2));
            Airport airport = new Airport();
            airport.id = 1L;
            airport.country = france;
            airport.hub = france;
            em.persist(airport);
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Country.class, 1L));
            em.remove(em.find(Flight.class, 1L));
        });
        observer.lookups("country", Country.class, 1L);
        observer.read("simple", em -> codeOf(session(em).bySimpleNaturalId(Country.class).load("FR")));
        observer.read("simple.reference", em -> codeOf(session(em).bySimpleNaturalId(Country.class).getReference("FR")));
        observer.read("simple.optional", em -> session(em).bySimpleNaturalId(Country.class).loadOptional("FR").isPresent());
        observer.read("compound", em -> {
            Flight flight = session(em).byNaturalId(Flight.class).using("airline", "AF").using("number", 1).load();
            return flight == null ? null : flight.id;
        });
        observer.read("multiple", em -> session(em).byMultipleNaturalId(Country.class).multiLoad("FR", "DE").stream()
                .map(NaturalIdCase::codeOf).toList());
        // findMultiple is Hibernate 7's; 6.6 loads several ids through byMultipleIds
        observer.read("findMultiple", em -> (HAS_FIND_MULTIPLE ? session(em).findMultiple(Country.class, List.of(1L, 2L))
                : session(em).byMultipleIds(Country.class).multiLoad(List.of(1L, 2L))).stream()
                .map(NaturalIdCase::codeOf).toList());
        observer.read("sameSession", em -> {
            em.getTransaction().begin();
            em.remove(em.find(Country.class, 2L));
            em.flush();
            String found = codeOf(session(em).bySimpleNaturalId(Country.class).load("DE"));
            em.getTransaction().commit();
            return found;
        });
        observer.query("codes", "select c.code from Country c");
        observer.read("airport.country", em -> codeOf(em.find(Airport.class, 1L).country));
        observer.read("airport.hub", em -> codeOf(em.find(Airport.class, 1L).hub));
        observer.attempt("airport.rename", em -> em.find(Airport.class, 1L).name = "renamed");
        observer.query("joined", "select a.id from Airport a join a.country c");
        // the session holds the removed country because the airport led to it: a lookup does not see it
        observer.read("afterNavigation", em -> {
            codeOf(em.find(Airport.class, 1L).hub);
            return List.of(String.valueOf(codeOf(em.find(Country.class, 1L))),
                    String.valueOf(codeOf(session(em).bySimpleNaturalId(Country.class).load("FR"))),
                    String.valueOf(session(em).bySimpleNaturalId(Country.class).loadOptional("FR").isPresent()));
        });
    }

    private static Session session(EntityManager em) {
        return em.unwrap(Session.class);
    }

    private static String codeOf(Country country) {
        return country == null ? null : Observer.loaded(country).code;
    }
}
