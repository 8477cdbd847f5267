package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * A to-one inside an embeddable ({@code @Embedded}), and inside the embeddables of an element collection. Depot 1 is
 * removed: the route and the stops that reference it still resolve it, explicit joins to it leave it out. Shipment 2
 * is removed: its stops stay.
 */
public final class EmbeddableCase implements ZooCase {
    @Entity(name = "Depot")
    public static class Depot {
        @Id
        Long id;
        String city;
    }

    @Embeddable
    public static class Route {
        String label;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Depot depot;
    }

    @Embeddable
    public static class Stop {
        int minutes;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Depot depot;
    }

    @Entity(name = "Shipment")
    public static class Shipment {
        @Id
        Long id;
        @Embedded
        Route route = new Route();
        @ElementCollection
        @OrderColumn
        List<Stop> stops = new ArrayList<>();
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Depot.class, Shipment.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            for (long id = 1; id <= 2; id++) {
                Depot depot = new Depot();
                depot.id = id;
                depot.city = "city" + id;
                em.persist(depot);
            }
            for (long id = 1; id <= 2; id++) {
                Shipment shipment = new Shipment();
                shipment.id = id;
                shipment.route.label = "route" + id;
                shipment.route.depot = em.find(Depot.class, 1L);
                for (long depot = 1; depot <= 2; depot++) {
                    Stop stop = new Stop();
                    stop.minutes = (int) (10 * depot);
                    stop.depot = em.find(Depot.class, depot);
                    shipment.stops.add(stop);
                }
                em.persist(shipment);
            }
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Depot.class, 1L));
            em.remove(em.find(Shipment.class, 2L));
        });
        observer.lookups("depot", Depot.class, 1L);
        observer.read("route.depot", em -> em.find(Shipment.class, 1L).route.depot.city);
        observer.read("stops", em -> em.find(Shipment.class, 1L).stops.stream().map(stop -> stop.depot.city).toList());
        observer.query("routeJoin", "select s.id from Shipment s join s.route.depot d");
        observer.query("stopJoin", "select s.id, d.city from Shipment s join s.stops st join st.depot d order by s.id");
        observer.query("stopPath", "select st.depot.city from Shipment s join s.stops st order by st.minutes");
        observer.query("shipments", "select s.route.label from Shipment s");
    }
}
