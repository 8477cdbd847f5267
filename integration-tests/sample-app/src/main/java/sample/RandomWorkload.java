package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import io.softdelete.api.SoftDeletes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import sample.shop.BankTransfer;
import sample.shop.CardPayment;
import sample.shop.Customer;
import sample.shop.Document;
import sample.shop.Invoice;
import sample.shop.OrderLine;
import sample.shop.Payment;
import sample.shop.PurchaseOrder;
import sample.shop.Tag;

import static sample.Observations.observe;

/**
 * Random sequences of the shop's operations, each sequence from its own seed and on rows of its own. The
 * workload keeps a model of what each row should be (live, removed, or gone for good), checks after each
 * sequence that the application sees exactly the live rows, and writes the model to a file
 * ({@code table id state} per line) against which the test checks the raw tables.
 * <p>
 * System properties: {@code sample.sequences}, {@code sample.seed}, {@code sample.expectations}.
 */
final class RandomWorkload {
    enum State { LIVE, REMOVED, GONE }

    private static final int OPERATIONS_PER_SEQUENCE = 30;
    private static final Map<String, Class<?>> ENTITIES = Map.of("customer", Customer.class, "purchase_order",
            PurchaseOrder.class, "order_line", OrderLine.class, "payment", Payment.class, "document", Document.class);

    private final EntityManagerFactory emf;
    private final Random random;
    /** Per table, per id: what the row should be. */
    private final Map<String, Map<Long, State>> rows = new LinkedHashMap<>();
    private final Map<Long, List<Long>> ordersOfCustomer = new TreeMap<>();
    private final Map<Long, List<Long>> linesOfOrder = new TreeMap<>();
    private final List<Customer> detached = new ArrayList<>();
    /** Per removed row ({@code table#id}) of the model: the removal that flagged it, and the row it came down from. */
    private final Map<String, Integer> flaggedBy = new LinkedHashMap<>();
    private final Map<String, String> cameFrom = new LinkedHashMap<>();
    private int removals;
    private int restores;
    private final Failures failures;
    private int mismatches;
    private int operations;

    private RandomWorkload(EntityManagerFactory emf, long seed, Failures failures) {
        this.emf = emf;
        this.random = new Random(seed);
        this.failures = failures;
    }

    static void run(EntityManagerFactory emf) {
        int sequences = Integer.getInteger("sample.sequences", 100);
        long seed = Long.getLong("sample.seed", 1);
        Path expectations = Path.of(System.getProperty("sample.expectations"));
        Failures failures = new Failures();
        int operations = 0;
        int mismatches = 0;
        int restores = 0;
        try (Writer out = Files.newBufferedWriter(expectations, StandardCharsets.UTF_8)) {
            for (int i = 0; i < sequences; i++) {
                RandomWorkload sequence = new RandomWorkload(emf, seed + i, failures);
                sequence.play();
                operations += sequence.operations;
                restores += sequence.restores;
                mismatches += sequence.mismatches;
                if (sequence.mismatches > 0) {
                    observe("mismatch.seed", seed + i);
                }
                sequence.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        observe("sequences", sequences);
        observe("operations", operations);
        observe("mismatches", mismatches);
        observe("restores", restores);
        observe("failures", failures.byKind());
    }

    private void play() {
        for (int i = 0; i < OPERATIONS_PER_SEQUENCE; i++) {
            operations++;
            switch (random.nextInt(15)) {
                case 0, 1 -> persistCustomer();
                case 2 -> removeCustomer();
                case 3 -> orphanOrder();
                case 4 -> orphanLine();
                case 5 -> bulkDeleteOrders();
                case 6 -> criteriaDeleteLines();
                case 7 -> bulkUpdateOrders();
                case 8 -> mergeStaleCustomer();
                case 9 -> payments();
                case 10 -> documents();
                case 11 -> tags();
                case 12 -> statelessDeleteLine();
                case 13 -> restore();
                default -> checkReads();
            }
        }
        checkReads();
    }

    private void persistCustomer() {
        Customer customer = new Customer("c" + random.nextInt(1000));
        int orders = random.nextInt(4);
        for (int i = 0; i < orders; i++) {
            PurchaseOrder order = customer.addOrder(random.nextInt(100));
            int lines = random.nextInt(3);
            for (int j = 0; j < lines; j++) {
                order.getLines().add(new OrderLine("p" + j, 1 + j));
            }
        }
        if (attempt("persist", em -> em.persist(customer))) {
            add("customer", customer.getId());
            for (PurchaseOrder order : customer.getOrders()) {
                add("purchase_order", order.getId());
                ordersOfCustomer.computeIfAbsent(customer.getId(), ignored -> new ArrayList<>()).add(order.getId());
                for (OrderLine line : order.getLines()) {
                    add("order_line", line.getId());
                    linesOfOrder.computeIfAbsent(order.getId(), ignored -> new ArrayList<>()).add(line.getId());
                }
            }
            if (random.nextBoolean()) {
                detached.add(read(em -> em.find(Customer.class, customer.getId())));
            }
        }
    }

    private void removeCustomer() {
        Long id = anyLive("customer");
        if (id != null && attempt("remove", em -> em.remove(em.find(Customer.class, id)))) {
            int removal = ++removals;
            flag("customer", id, null, removal);
            for (Long order : ordersOfCustomer.getOrDefault(id, List.of())) {
                removeOrderAndLines(order, "customer#" + id, removal);
            }
        }
    }

    private void orphanOrder() {
        Long customerId = anyLive("customer");
        if (customerId == null) {
            return;
        }
        List<Long> orders = live("purchase_order", ordersOfCustomer.getOrDefault(customerId, List.of()));
        if (orders.isEmpty()) {
            return;
        }
        Long order = orders.get(random.nextInt(orders.size()));
        if (attempt("orphan order", em -> em.find(Customer.class, customerId).getOrders()
                .removeIf(each -> each.getId().equals(order)))) {
            removeOrderAndLines(order, null, ++removals);
        }
    }

    private void orphanLine() {
        Long order = anyLive("purchase_order");
        if (order == null) {
            return;
        }
        List<Long> lines = live("order_line", linesOfOrder.getOrDefault(order, List.of()));
        if (lines.isEmpty()) {
            return;
        }
        Long line = lines.get(random.nextInt(lines.size()));
        if (attempt("orphan line", em -> em.find(PurchaseOrder.class, order).getLines()
                .removeIf(each -> each.getId().equals(line)))) {
            flag("order_line", line, null, ++removals);
        }
    }

    private void bulkDeleteOrders() {
        List<Long> ids = someOf("purchase_order");
        int live = live("purchase_order", ids).size();
        int[] deleted = new int[1];
        if (!ids.isEmpty() && attempt("bulk delete", em -> deleted[0] = em.createQuery(
                "delete from PurchaseOrder o where o.id in :ids").setParameter("ids", ids).executeUpdate())) {
            expect(deleted[0] == live, "bulk delete counted " + deleted[0] + " of " + live + " live rows");
            int removal = ++removals;
            for (Long id : ids) {
                flag("purchase_order", id, null, removal);
            }
        }
    }

    private void criteriaDeleteLines() {
        List<Long> ids = someOf("order_line");
        if (!ids.isEmpty() && attempt("criteria delete", em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaDelete<OrderLine> delete = cb.createCriteriaDelete(OrderLine.class);
            Root<OrderLine> line = delete.from(OrderLine.class);
            em.createQuery(delete.where(line.get("id").in(ids))).executeUpdate();
        })) {
            int removal = ++removals;
            for (Long id : ids) {
                flag("order_line", id, null, removal);
            }
        }
    }

    private void bulkUpdateOrders() {
        List<Long> ids = someOf("purchase_order");
        int live = live("purchase_order", ids).size();
        int[] updated = new int[1];
        if (!ids.isEmpty() && attempt("bulk update", em -> updated[0] = em.createQuery(
                "update PurchaseOrder o set o.amount = o.amount + 1 where o.id in :ids").setParameter("ids", ids)
                .executeUpdate())) {
            expect(updated[0] == live, "bulk update counted " + updated[0] + " of " + live + " live rows");
        }
    }

    /** A customer read earlier, changed and merged: a removed one must not come back. */
    private void mergeStaleCustomer() {
        if (detached.isEmpty()) {
            return;
        }
        Customer stale = detached.remove(random.nextInt(detached.size()));
        stale.setName("renamed");
        boolean merged = attempt("merge stale", em -> em.merge(stale));
        expect(!merged || state("customer", stale.getId()) == State.LIVE,
                "a removed customer was merged back: " + stale.getId());
    }

    private void payments() {
        if (random.nextBoolean()) {
            Payment payment = random.nextBoolean() ? new CardPayment(10, "4111") : new BankTransfer(20, "DE00");
            if (attempt("persist payment", em -> em.persist(payment))) {
                add("payment", payment.getId());
            }
        } else if (random.nextBoolean()) {
            Long id = anyLive("payment");
            if (id != null && attempt("remove payment", em -> em.remove(em.find(Payment.class, id)))) {
                flag("payment", id, null, ++removals);
            }
        } else {
            List<Long> ids = someOf("payment");
            if (!ids.isEmpty() && attempt("bulk delete payments", em -> em.createQuery(
                    "delete from Payment p where p.id in :ids").setParameter("ids", ids).executeUpdate())) {
                int removal = ++removals;
                for (Long id : ids) {
                    flag("payment", id, null, removal);
                }
            }
        }
    }

    private void documents() {
        if (random.nextBoolean()) {
            Document document = random.nextBoolean() ? new Invoice("i", 5) : new Document("d");
            if (attempt("persist document", em -> em.persist(document))) {
                add("document", document.getId());
            }
        } else {
            Long id = anyLive("document");
            if (id != null && attempt("remove document", em -> em.remove(em.find(Document.class, id)))) {
                flag("document", id, null, ++removals);
            }
        }
    }

    /** Tags are not soft-deleted: removing one deletes it for good, with or without the agent. */
    private void tags() {
        if (random.nextBoolean()) {
            Tag tag = new Tag("t");
            if (attempt("persist tag", em -> em.persist(tag))) {
                add("tag", tag.getId());
            }
        } else {
            Long id = anyLive("tag");
            if (id != null && attempt("remove tag", em -> em.remove(em.find(Tag.class, id)))) {
                set("tag", id, State.GONE);
            }
        }
    }

    private void statelessDeleteLine() {
        Long id = anyLive("order_line");
        if (id == null) {
            return;
        }
        try (StatelessSession session = emf.unwrap(SessionFactory.class).openStatelessSession()) {
            session.getTransaction().begin();
            session.delete(session.get(OrderLine.class, id));
            session.getTransaction().commit();
            flag("order_line", id, null, ++removals);
        } catch (RuntimeException e) {
            failures.count("stateless delete", e);
        }
    }

    /** What the application sees must be exactly the live rows of this sequence. */
    private void checkReads() {
        checkVisible("Customer", "customer");
        checkVisible("PurchaseOrder", "purchase_order");
        checkVisible("OrderLine", "order_line");
        checkVisible("Payment", "payment");
        checkVisible("Document", "document");
        checkVisible("Tag", "tag");
        Long removed = any("customer", State.REMOVED);
        if (removed != null) {
            expect(read(em -> em.find(Customer.class, removed)) == null, "find returned removed customer " + removed);
        }
    }

    private void checkVisible(String entity, String table) {
        List<Long> ids = new ArrayList<>(rows.getOrDefault(table, Map.of()).keySet());
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> visible = new HashSet<>(read(em -> em.createQuery(
                "select e.id from " + entity + " e where e.id in :ids", Long.class).setParameter("ids", ids).getResultList()));
        expect(visible.equals(new HashSet<>(live(table, ids))), entity + " visible " + visible + ", live " + live(table, ids));
    }

    private void removeOrderAndLines(Long order, String parent, int removal) {
        if (state("purchase_order", order) == State.LIVE) {
            flag("purchase_order", order, parent, removal);
            for (Long line : linesOfOrder.getOrDefault(order, List.of())) {
                flag("order_line", line, "purchase_order#" + order, removal);
            }
        }
    }

    /** A live row that a removal flags, as the row it came down from ({@code null}: the removal's root); else nothing. */
    private void flag(String table, Long id, String parent, int removal) {
        if (state(table, id) == State.LIVE) {
            set(table, id, State.REMOVED);
            flaggedBy.put(table + "#" + id, removal);
            cameFrom.put(table + "#" + id, parent);
        }
    }

    /**
     * Restores a removed row through the opt-in API: that row and what its removal cascaded from it come back, and
     * nothing else, not the rows above it, not a child another removal flagged.
     */
    private void restore() {
        if (flaggedBy.isEmpty()) {
            return;
        }
        List<String> removed = new ArrayList<>(flaggedBy.keySet());
        String start = removed.get(random.nextInt(removed.size()));
        String table = start.substring(0, start.indexOf('#'));
        Long id = Long.valueOf(start.substring(start.indexOf('#') + 1));
        Set<String> subtree = new HashSet<>();
        subtree.add(start);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Map.Entry<String, String> row : cameFrom.entrySet()) {
                if (row.getValue() != null && subtree.contains(row.getValue()) && !subtree.contains(row.getKey())
                        && flaggedBy.get(row.getKey()).equals(flaggedBy.get(start))) {
                    grew = subtree.add(row.getKey());
                }
            }
        }
        int[] restored = new int[1];
        if (attempt("restore", em -> restored[0] = SoftDeletes.restore(em, ENTITIES.get(table), id)
                .restored().size())) {
            expect(restored[0] == subtree.size(), "restoring " + start + " restored " + restored[0] + " rows, not " + subtree);
            restores++;
            for (String row : subtree) {
                set(row.substring(0, row.indexOf('#')), Long.valueOf(row.substring(row.indexOf('#') + 1)), State.LIVE);
                flaggedBy.remove(row);
                cameFrom.remove(row);
            }
        }
    }

    private boolean attempt(String operation, Consumer<EntityManager> work) {
        return failures.attempt(emf, operation, work);
    }

    private <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            mismatches++;
            observe("mismatch", what);
        }
    }

    private void add(String table, Long id) {
        rows.computeIfAbsent(table, ignored -> new TreeMap<>()).put(id, State.LIVE);
    }

    private void set(String table, Long id, State state) {
        rows.get(table).put(id, state);
    }

    private State state(String table, Long id) {
        return rows.getOrDefault(table, Map.of()).get(id);
    }

    private List<Long> live(String table, List<Long> ids) {
        List<Long> live = new ArrayList<>();
        for (Long id : ids) {
            if (state(table, id) == State.LIVE) {
                live.add(id);
            }
        }
        return live;
    }

    private Long anyLive(String table) {
        return any(table, State.LIVE);
    }

    private Long any(String table, State state) {
        List<Long> candidates = new ArrayList<>();
        rows.getOrDefault(table, Map.of()).forEach((id, each) -> {
            if (each == state) {
                candidates.add(id);
            }
        });
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A few rows of the table, live or not. */
    private List<Long> someOf(String table) {
        List<Long> all = new ArrayList<>(rows.getOrDefault(table, Map.of()).keySet());
        List<Long> some = new ArrayList<>();
        for (Long id : all) {
            if (random.nextInt(3) == 0) {
                some.add(id);
            }
        }
        return some;
    }

    private void write(Writer out) throws IOException {
        for (Map.Entry<String, Map<Long, State>> table : rows.entrySet()) {
            for (Map.Entry<Long, State> row : table.getValue().entrySet()) {
                out.write(table.getKey() + " " + row.getKey() + " " + row.getValue() + "\n");
            }
        }
    }
}
