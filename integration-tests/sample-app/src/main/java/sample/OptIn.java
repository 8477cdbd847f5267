package sample;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import io.softdelete.api.SoftDeletes;
import sample.shop.Customer;
import sample.shop.PurchaseOrder;

import static sample.Observations.observe;

/** The part of the shop that opts in to the agent's API ({@code soft-delete-api.jar}): it asks and restores. */
final class OptIn {
    private OptIn() {
    }

    /** After {@link Scenarios#journalRemovals}: reads alice's removal, restores her order of 10, tries her in a rollback. */
    static void restore(EntityManagerFactory emf) {
        Scenarios.journalRemovals(emf);
        // the agent registers the unit's MBean off the boot thread: as a JMX client would, wait for it a little
        for (int i = 0; i < 50 && SampleApp.mbeans() == 0; i++) {
            sleep();
        }
        observe("mbeans.open", SampleApp.mbeans());
        long alice = Long.parseLong(System.getProperty("sample.alice", "1"));
        long order10 = Long.parseLong(System.getProperty("sample.order10", "1"));
        long bob = Long.parseLong(System.getProperty("sample.bob", "2"));
        EntityManager em = emf.createEntityManager();
        try {
            Optional<SoftDeletes.Removal> removal = SoftDeletes.removalOf(em, Customer.class, alice);
            observe("api.removal", removal.map(r -> r.origin() + " by " + r.removedBy()).orElse("none"));
            observe("api.removal.id", removal.map(SoftDeletes.Removal::id).orElse("none"));
            observe("api.bob.removal", SoftDeletes.removalOf(em, Customer.class, bob).isPresent());
            em.getTransaction().begin();
            SoftDeletes.Restored restored = SoftDeletes.restore(em, PurchaseOrder.class, order10);
            observe("api.restored", restored.restored().size());
            observe("api.stillRemoved", restored.stillRemoved());
            observe("api.sameTransaction.order", em.find(PurchaseOrder.class, order10) != null);
            em.getTransaction().commit();
            em.getTransaction().begin();
            SoftDeletes.restore(em, Customer.class, alice);
            observe("api.beforeRollback.alice", em.find(Customer.class, alice) != null);
            em.getTransaction().rollback();
            observe("api.refused", refusal(() -> SoftDeletes.restore(em, Customer.class, bob)));
        } catch (IllegalStateException e) {
            observe("api.error", e.getMessage());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        Scenarios.visible(emf);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "none";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
