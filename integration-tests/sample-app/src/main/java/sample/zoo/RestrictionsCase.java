package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.Session;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.SQLRestriction;

/**
 * The application's own restrictions beside the flag, on an entity and on a collection; both apply together with the
 * live-row restriction. An SQL restriction ({@code @SQLRestriction}, formerly {@code @Where}): archived tickets are
 * left out, and a project's urgent tickets are those of priority above 1; ticket 2 is removed, ticket 3 archived, and
 * a remark references each ticket. Hibernate filters ({@code @FilterDef}, {@code @Filter}), read with the filter
 * disabled and enabled: shops 1 and 2 are in the north, 3 and 4 in the south; shops 2 and 4 are removed, and a
 * receipt references each shop.
 */
public final class RestrictionsCase implements ZooCase {
    @Entity(name = "Ticket")
    @SQLRestriction("archived = false")
    public static class Ticket {
        @Id
        Long id;
        int priority;
        boolean archived;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Project project;
    }

    @Entity(name = "Project")
    public static class Project {
        @Id
        Long id;
        @OneToMany(mappedBy = "project")
        List<Ticket> tickets = new ArrayList<>();
        @OneToMany(mappedBy = "project")
        @SQLRestriction("priority > 1")
        List<Ticket> urgent = new ArrayList<>();
    }

    @Entity(name = "Remark")
    public static class Remark {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Ticket ticket;
    }

    @Entity(name = "Shop")
    @FilterDef(name = "region", parameters = @ParamDef(name = "region", type = String.class))
    @Filter(name = "region", condition = "region = :region")
    public static class Shop {
        @Id
        Long id;
        String region;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Mall mall;
    }

    @Entity(name = "Mall")
    public static class Mall {
        @Id
        Long id;
        @OneToMany(mappedBy = "mall")
        @Filter(name = "region", condition = "region = :region")
        List<Shop> shops = new ArrayList<>();
    }

    @Entity(name = "Receipt")
    public static class Receipt {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Shop shop;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Ticket.class, Project.class, Remark.class, Shop.class, Mall.class, Receipt.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
            Project project = new Project();
            project.id = 1L;
            em.persist(project);
            for (long id = 1; id <= 4; id++) {
                Ticket ticket = new Ticket();
                ticket.id = id;
                ticket.priority = (int) id;
                ticket.archived = id == 3;
                ticket.project = project;
                em.persist(ticket);
                Remark remark = new Remark();
                remark.id = id;
                remark.ticket = ticket;
                em.persist(remark);
            }
            Mall mall = new Mall();
            mall.id = 1L;
            em.persist(mall);
            for (long id = 1; id <= 4; id++) {
                Shop shop = new Shop();
                shop.id = id;
                shop.region = id <= 2 ? "north" : "south";
                shop.mall = mall;
                em.persist(shop);
                Receipt receipt = new Receipt();
                receipt.id = id;
                receipt.shop = shop;
                em.persist(receipt);
            }
        });
        observer.attempt("remove", em -> {
            em.remove(em.find(Ticket.class, 2L));
            em.remove(em.find(Shop.class, 2L));
            em.remove(em.find(Shop.class, 4L));
        });
        observer.query("tickets", "select t.id from Ticket t order by t.id");
        observer.lookups("ticket", Ticket.class, 2L);
        observer.read("project.tickets", em -> ids(em.find(Project.class, 1L).tickets));
        observer.read("project.urgent", em -> ids(em.find(Project.class, 1L).urgent));
        observer.query("joined", "select t.id from Project p join p.urgent t order by t.id");
        // Hibernate itself does not let a to-one resolve an archived ticket (remark 3)
        for (long id = 1; id <= 4; id++) {
            long remark = id;
            observer.read("remark" + remark + ".ticket", em -> em.find(Remark.class, remark).ticket.id);
        }
        observer.query("remarks", "select r.id from Remark r join r.ticket t order by r.id");
        observer.lookups("shop", Shop.class, 2L);
        for (boolean enabled : new boolean[] {false, true}) {
            String prefix = enabled ? "enabled." : "disabled.";
            observer.read(prefix + "shops", em -> filtered(em, enabled)
                    .createQuery("select s.id from Shop s order by s.id", Long.class).getResultList());
            observer.read(prefix + "mall.shops", em -> filtered(em, enabled).find(Mall.class, 1L).shops.stream()
                    .map(shop -> shop.id).sorted().toList());
            observer.read(prefix + "find", em -> filtered(em, enabled).find(Shop.class, 2L));
            observer.read(prefix + "receipt.shop", em -> {
                EntityManager session = filtered(em, enabled);
                List<Object> shops = new ArrayList<>();
                for (long id = 1; id <= 4; id++) {
                    Shop shop = session.find(Receipt.class, id).shop;
                    shops.add(shop == null ? null : shop.id);
                }
                return shops;
            });
        }
    }

    private static List<Long> ids(List<Ticket> tickets) {
        return tickets.stream().map(ticket -> ticket.id).sorted().toList();
    }

    private static EntityManager filtered(EntityManager em, boolean enabled) {
        if (enabled) {
            em.unwrap(Session.class).enableFilter("region").setParameter("region", "north");
        }
        return em;
    }
}
