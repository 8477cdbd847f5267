package sample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.stat.Statistics;
import sample.blog.Blog;
import sample.blog.Comment;
import sample.shop.BankTransfer;
import sample.shop.CardPayment;
import sample.shop.Customer;
import sample.shop.Document;
import sample.shop.Invoice;
import sample.shop.Note;
import sample.shop.OrderLine;
import sample.shop.PurchaseOrder;
import sample.shop.Supplier;
import sample.shop.Tag;

import static sample.Observations.observe;

/** The application's use cases, one per scenario name. */
final class Scenarios {
    private Scenarios() {
    }

    static void run(String scenario, EntityManagerFactory emf) throws Exception {
        switch (scenario) {
            case "seed" -> {
                seed(emf);
                observe("seeded", true);
            }
            case "boot" -> observe("booted", true);
            case "remove-customer" -> removeCustomer(emf);
            case "rename-then-remove" -> renameThenRemove(emf);
            case "session-remove" -> sessionRemove(emf);
            case "orphan-removal" -> orphanRemoval(emf);
            case "stateless-delete" -> statelessDelete(emf);
            case "stateless-delete-owner" -> statelessDeleteOwner(emf);
            case "stateless-update" -> statelessUpdate(emf);
            case "bulk-delete" -> bulkDelete(emf);
            case "bulk-update" -> bulkUpdate(emf);
            case "remove-payments" -> removePayments(emf);
            case "remove-invoice" -> removeInvoice(emf);
            case "stale-remove" -> staleRemove(emf);
            case "remove-supplier" -> removeSupplier(emf);
            case "remove-tag" -> removeTag(emf);
            case "reads" -> reads(emf);
            case "navigate" -> navigate(emf);
            case "blog" -> blog(emf);
            case "journal-removals" -> journalRemovals(emf);
            case "visible" -> visible(emf);
            case "api-restore" -> OptIn.restore(emf);
            case "removed-reads" -> RemovedReads.run(emf);
            case "random" -> RandomWorkload.run(emf);
            case "concurrent" -> ConcurrentWorkload.run(emf);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static Customer customer(EntityManager em, String name) {
        return em.createQuery("select c from Customer c where c.name = :name", Customer.class)
                .setParameter("name", name).getSingleResult();
    }

    private static List<String> names(List<Customer> customers) {
        List<String> names = new ArrayList<>();
        for (Customer customer : customers) {
            names.add(customer.getName());
        }
        return names;
    }

    /** The exception the action threw, with its causes: {@code RollbackException/OptimisticLockException}. */
    private static String failure(Runnable action) {
        try {
            action.run();
            return "none";
        } catch (RuntimeException e) {
            StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                chain.append('/').append(cause.getClass().getSimpleName());
            }
            return chain.toString();
        }
    }

    static void seed(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            Tag red = new Tag("red");
            Tag blue = new Tag("blue");
            Tag green = new Tag("green");
            em.persist(red);
            em.persist(blue);
            em.persist(green);

            Customer alice = new Customer("alice");
            alice.getNicknames().add("al");
            alice.getNicknames().add("ally");
            PurchaseOrder first = alice.addOrder(10);
            first.getTags().add(red);
            first.getTags().add(blue);
            first.getLines().add(new OrderLine("apple", 1));
            first.getLines().add(new OrderLine("pear", 2));
            PurchaseOrder second = alice.addOrder(20);
            second.getTags().add(red);
            em.persist(alice);

            Customer bob = new Customer("bob");
            bob.addOrder(30).getLines().add(new OrderLine("plum", 3));
            em.persist(bob);
            Customer carol = new Customer("carol");
            em.persist(carol);

            em.persist(new Note("hello", carol));
            Note hi = new Note("hi", bob);
            em.persist(hi);
            CardPayment card = new CardPayment(100, "4111");
            card.getNotes().add("by phone");
            em.persist(card);
            BankTransfer transfer = new BankTransfer(200, "DE00");
            transfer.getNotes().add("late");
            em.persist(transfer);
            em.persist(new Invoice("inv-1", 50));
            em.persist(new Document("memo"));
            Supplier acme = new Supplier("acme");
            em.persist(acme);
            hi.setSupplier(acme);
            em.persist(new Supplier("globex"));
        });
    }

    static void removeCustomer(EntityManagerFactory emf) {
        Customer.preRemoveCalls = 0;
        Customer.postRemoveCalls = 0;
        inTransaction(emf, em -> {
            Customer alice = customer(em, "alice");
            Long id = alice.getId();
            em.remove(alice);
            observe("find.sameEntityManager", em.find(Customer.class, id));
            em.flush();
            observe("find.afterFlush", em.find(Customer.class, id));
        });
        observe("preRemove.calls", Customer.preRemoveCalls);
        observe("postRemove.calls", Customer.postRemoveCalls);
        observe("customers", read(emf, em -> names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                .getResultList())));
        observe("orders.count", read(emf, em -> em.createQuery("select count(o) from PurchaseOrder o", Long.class)
                .getSingleResult()));
    }

    /** One transaction that writes (bob's new name reaches the database before the removal) and removes alice. */
    static void renameThenRemove(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            customer(em, "bob").setName("robert");
            em.remove(customer(em, "alice"));
        });
        observe("committed", true);
    }

    static void sessionRemove(EntityManagerFactory emf) {
        inTransaction(emf, em -> em.unwrap(Session.class).remove(customer(em, "bob")));
        observe("customers", read(emf, em -> names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                .getResultList())));
    }

    static void orphanRemoval(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            Customer alice = customer(em, "alice");
            alice.getOrders().removeIf(order -> order.getAmount() == 20);
        });
        observe("alice.orders", read(emf, em -> customer(em, "alice").getOrders().size()));
    }

    /**
     * Three removals, as an application makes them over time: an orphan (alice's order of 20), then alice (her
     * other order and its lines with her), then a stateless delete (bob's plum line).
     */
    static void journalRemovals(EntityManagerFactory emf) {
        observe("alice.id", read(emf, em -> customer(em, "alice").getId()));
        observe("order10.id", read(emf, em -> orderOf(em, 10).getId()));
        observe("order20.id", read(emf, em -> orderOf(em, 20).getId()));
        observe("bob.id", read(emf, em -> customer(em, "bob").getId()));
        inTransaction(emf, em -> customer(em, "alice").getOrders().removeIf(order -> order.getAmount() == 20));
        inTransaction(emf, em -> em.remove(customer(em, "alice")));
        try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
            session.getTransaction().begin();
            session.delete(session.createQuery("select l from OrderLine l where l.product = 'plum'", OrderLine.class)
                    .getSingleResult());
            session.getTransaction().commit();
        }
        visible(emf);
    }

    /** What the application sees of the shop: customers, order amounts, order lines. */
    static void visible(EntityManagerFactory emf) {
        observe("customers", read(emf, em -> names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                .getResultList())));
        observe("orders", read(emf, em -> em.createQuery("select o.amount from PurchaseOrder o order by o.amount", Integer.class)
                .getResultList()));
        observe("lines", read(emf, em -> em.createQuery("select l.product from OrderLine l order by l.product", String.class)
                .getResultList()));
    }

    private static PurchaseOrder orderOf(EntityManager em, int amount) {
        return em.createQuery("select o from PurchaseOrder o where o.amount = :amount", PurchaseOrder.class)
                .setParameter("amount", amount).getSingleResult();
    }

    static void statelessDelete(EntityManagerFactory emf) {
        SessionFactory sessionFactory = emf.unwrap(SessionFactory.class);
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            session.getTransaction().begin();
            OrderLine apple = session.createQuery("select l from OrderLine l where l.product = 'apple'", OrderLine.class)
                    .getSingleResult();
            session.delete(apple);
            session.getTransaction().commit();
        }
        observe("lines", read(emf, em -> em.createQuery("select l.product from OrderLine l order by l.product", String.class)
                .getResultList()));
    }

    /** An owner of collection rows, its collection fetched, deleted through a stateless session. */
    static void statelessDeleteOwner(EntityManagerFactory emf) {
        try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
            session.getTransaction().begin();
            session.delete(session.createQuery("select o from PurchaseOrder o left join fetch o.tags where o.amount = 20",
                    PurchaseOrder.class).getSingleResult());
            session.getTransaction().commit();
        }
        observe("orders", read(emf, em -> em.createQuery("select o.amount from PurchaseOrder o order by o.amount", Integer.class)
                .getResultList()));
    }

    static void statelessUpdate(EntityManagerFactory emf) {
        SessionFactory sessionFactory = emf.unwrap(SessionFactory.class);
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            session.getTransaction().begin();
            PurchaseOrder order = session.createQuery(
                    "select o from PurchaseOrder o left join fetch o.tags where o.amount = 10", PurchaseOrder.class)
                    .getSingleResult();
            order.setAmount(11);
            session.update(order);
            session.getTransaction().commit();
        }
        observe("tags", read(emf, em -> em.createQuery("select size(o.tags) from PurchaseOrder o where o.amount = 11",
                Integer.class).getSingleResult()));
    }

    static void bulkDelete(EntityManagerFactory emf) {
        inTransaction(emf, em -> observe("jpql.deleted", em.createQuery("delete from PurchaseOrder o where o.amount >= 20")
                .executeUpdate()));
        inTransaction(emf, em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaDelete<OrderLine> delete = cb.createCriteriaDelete(OrderLine.class);
            Root<OrderLine> line = delete.from(OrderLine.class);
            delete.where(cb.equal(line.get("product"), "pear"));
            observe("criteria.deleted", em.createQuery(delete).executeUpdate());
        });
        observe("orders", read(emf, em -> em.createQuery("select o.amount from PurchaseOrder o order by o.amount", Integer.class)
                .getResultList()));
    }

    static void bulkUpdate(EntityManagerFactory emf) {
        inTransaction(emf, em -> observe("updated", em.createQuery("update PurchaseOrder o set o.amount = o.amount + 1")
                .executeUpdate()));
    }

    static void removePayments(EntityManagerFactory emf) {
        inTransaction(emf, em -> em.remove(em.createQuery("select p from CardPayment p", CardPayment.class).getSingleResult()));
        inTransaction(emf, em -> observe("bulk.deleted", em.createQuery("delete from BankTransfer").executeUpdate()));
        observe("payments", read(emf, em -> em.createQuery("select count(p) from Payment p", Long.class).getSingleResult()));
    }

    static void removeInvoice(EntityManagerFactory emf) {
        inTransaction(emf, em -> em.remove(em.createQuery("select i from Invoice i", Invoice.class).getSingleResult()));
        observe("documents", read(emf, em -> em.createQuery("select d.title from Document d", String.class).getResultList()));
    }

    static void staleRemove(EntityManagerFactory emf) {
        EntityManager stale = emf.createEntityManager();
        try {
            stale.getTransaction().begin();
            Customer alice = customer(stale, "alice");
            inTransaction(emf, em -> customer(em, "alice").setName("alice2"));
            observe("stale.error", failure(() -> {
                stale.remove(alice);
                stale.getTransaction().commit();
            }));
        } finally {
            if (stale.getTransaction().isActive()) {
                stale.getTransaction().rollback();
            }
            stale.close();
        }
    }

    static void removeSupplier(EntityManagerFactory emf) {
        inTransaction(emf, em -> em.remove(em.createQuery("select s from Supplier s where s.name = 'acme'", Supplier.class)
                .getSingleResult()));
        read(emf, em -> {
            for (Supplier supplier : em.createQuery("select s from Supplier s", Supplier.class).getResultList()) {
                observe("supplier." + supplier.getName() + ".isDeleted", supplier.isDeleted());
            }
            return null;
        });
    }

    static void removeTag(EntityManagerFactory emf) {
        inTransaction(emf, em -> em.remove(em.createQuery("select t from Tag t where t.label = 'green'", Tag.class)
                .getSingleResult()));
        observe("tags", read(emf, em -> em.createQuery("select t.label from Tag t order by t.label", String.class)
                .getResultList()));
    }

    /** Every way the application reads; the test has marked bob and the order of 20 as deleted beforehand. */
    static void reads(EntityManagerFactory emf) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long planHits = statistics.getQueryPlanCacheHitCount();
        for (int i = 0; i < 3; i++) {
            read(emf, em -> em.createQuery("select c from Customer c where c.name = :name", Customer.class)
                    .setParameter("name", "alice").getResultList());
        }
        observe("queryPlanCache.hits", statistics.getQueryPlanCacheHitCount() - planHits);
        Long bobId = read(emf, em -> em.createQuery("select o.customer.id from PurchaseOrder o where o.amount = 30", Long.class)
                .getSingleResult());
        observe("find.bob", read(emf, em -> em.find(Customer.class, bobId)));
        observe("reference.bob", read(emf, em -> failure(() -> em.getReference(Customer.class, bobId).getName())));
        observe("jpql.customers", read(emf, em -> names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                .getResultList())));
        observe("criteria.customers", read(emf, em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
            Root<Customer> root = query.from(Customer.class);
            query.orderBy(cb.asc(root.get("id")));
            return names(em.createQuery(query).getResultList());
        }));
        observe("named.customers", read(emf, em -> names(em.createNamedQuery("Customer.byName", Customer.class)
                .setParameter("name", "%o%").getResultList())));
        observe("count.customers", read(emf, em -> em.createQuery("select count(c) from Customer c", Long.class)
                .getSingleResult()));
        observe("page.customers", read(emf, em -> names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                .setFirstResult(1).setMaxResults(5).getResultList())));
        observe("subquery.customers", read(emf, em -> names(em.createQuery(
                "select c from Customer c where exists (select o from PurchaseOrder o where o.customer = c and o.amount = 20)",
                Customer.class).getResultList())));
        observe("innerJoin.amounts", read(emf, em -> em.createQuery(
                "select o.amount from PurchaseOrder o join o.customer c order by o.amount", Integer.class).getResultList()));
        observe("leftJoin.rows", read(emf, em -> {
            List<String> rows = new ArrayList<>();
            for (Object[] row : em.createQuery("select o.amount, c.name from PurchaseOrder o left join o.customer c order by o.amount",
                    Object[].class).getResultList()) {
                rows.add(row[0] + ":" + row[1]);
            }
            return rows;
        }));
        observe("collectionJoin.customers", read(emf, em -> em.createQuery(
                "select distinct c.name from Customer c join c.orders o where o.amount = 20", String.class).getResultList()));
        observe("correlatedJoin.amounts", read(emf, em -> em.createQuery(
                "select o.amount from PurchaseOrder o where exists (select 1 from o.customer c) order by o.amount", Integer.class)
                .getResultList()));
        observe("entityJoin.amounts", read(emf, em -> em.createQuery(
                "select o.amount from PurchaseOrder o join Customer c on c = o.customer order by o.amount", Integer.class)
                .getResultList()));
        observe("lazyCollection.alice", read(emf, em -> amounts(customer(em, "alice").getOrders())));
        observe("joinFetch.alice", read(emf, em -> amounts(em.createQuery(
                "select c from Customer c left join fetch c.orders where c.name = 'alice'", Customer.class)
                .getSingleResult().getOrders())));
        observe("manyToMany.red", read(emf, em -> amounts(new ArrayList<>(em.createQuery(
                "select t from Tag t where t.label = 'red'", Tag.class).getSingleResult().getOrders()))));
        observe("eagerCollection.first", read(emf, em -> {
            List<String> products = new ArrayList<>();
            for (OrderLine line : em.createQuery("select o from PurchaseOrder o where o.amount = 10", PurchaseOrder.class)
                    .getSingleResult().getLines()) {
                products.add(line.getProduct());
            }
            products.sort(null);
            return products;
        }));
    }

    private static List<Integer> amounts(List<PurchaseOrder> orders) {
        List<Integer> amounts = new ArrayList<>();
        for (PurchaseOrder order : orders) {
            amounts.add(order.getAmount());
        }
        amounts.sort(null);
        return amounts;
    }

    /** From live rows to a deleted one: the test has marked bob as deleted beforehand. */
    static void navigate(EntityManagerFactory emf) {
        observe("lazyToOne.name", read(emf, em -> em.createQuery("select o from PurchaseOrder o where o.amount = 30",
                PurchaseOrder.class).getSingleResult().getCustomer().getName()));
        observe("eagerToOne.name", read(emf, em -> {
            Note note = em.createQuery("select n from Note n where n.text = 'hi'", Note.class).getSingleResult();
            return note.getAuthor() == null ? null : note.getAuthor().getName();
        }));
        observe("lazyOneToOne.name", read(emf, em -> em.createQuery("select n from Note n where n.text = 'hi'", Note.class)
                .getSingleResult().getSupplier().getName()));
        observe("eagerToOneFind.name", read(emf, em -> {
            Long noteId = em.createQuery("select n.id from Note n where n.text = 'hi'", Long.class).getSingleResult();
            em.clear();
            Note note = em.find(Note.class, noteId);
            return note.getAuthor() == null ? null : note.getAuthor().getName();
        }));
        inTransaction(emf, em -> em.createQuery("select n from Note n where n.text = 'hi'", Note.class)
                .getSingleResult().setText("hi there"));
        observe("noteUpdated", true);
        read(emf, em -> {
            Customer bob = em.createQuery("select o from PurchaseOrder o where o.amount = 30", PurchaseOrder.class)
                    .getSingleResult().getCustomer();
            observe("navigatedName", bob.getName());
            observe("navigatedThenFind", em.find(Customer.class, bob.getId()));
            observe("navigatedThenQuery", names(em.createQuery("select c from Customer c order by c.id", Customer.class)
                    .getResultList()));
            return null;
        });
        observe("referenceThenNavigate.name", read(emf, em -> {
            PurchaseOrder order = em.createQuery("select o from PurchaseOrder o where o.amount = 30", PurchaseOrder.class)
                    .getSingleResult();
            // the application asks for a reference the session already holds: the order's own proxy
            em.getReference(Customer.class, order.getCustomer().getId());
            return order.getCustomer().getName();
        }));
    }

    static void blog(EntityManagerFactory emf) {
        inTransaction(emf, em -> {
            Blog blog = new Blog("news");
            blog.getComments().add(new Comment("first"));
            em.persist(blog);
        });
        inTransaction(emf, em -> em.remove(em.createQuery("select b from Blog b", Blog.class).getSingleResult()));
        observe("blogs", read(emf, em -> em.createQuery("select count(b) from Blog b", Long.class).getSingleResult()));
    }
}
