package sample.zoo;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.SQLRestriction;

/**
 * The application's own SQL restriction ({@code @SQLRestriction}, formerly {@code @Where}) beside the flag: on the
 * entity (archived tickets are left out) and on a collection (only urgent tickets). Both apply together with the
 * live-row restriction. Ticket 2 is removed, ticket 3 archived; a remark references each ticket.
 */
public final class SqlRestrictionCase implements ZooCase {
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

    @Override
    public List<Class<?>> entities() {
        return List.of(Ticket.class, Project.class, Remark.class);
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
        });
        observer.attempt("remove", em -> em.remove(em.find(Ticket.class, 2L)));
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
    }

    private static List<Long> ids(List<Ticket> tickets) {
        return tickets.stream().map(ticket -> ticket.id).sorted().toList();
    }
}
