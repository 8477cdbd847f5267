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

/**
 * Hibernate filters ({@code @FilterDef}, {@code @Filter}) on an entity and on a collection, each read with the filter
 * disabled and enabled: the live-row restriction applies either way, beside the filter's. Shops 1 and 2 are in the
 * north, 3 and 4 in the south; shops 2 and 4 are removed. A receipt references each shop.
 */
public final class FilterCase implements ZooCase {
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
        return List.of(Shop.class, Mall.class, Receipt.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        observer.inTransaction(em -> {
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
            em.remove(em.find(Shop.class, 2L));
            em.remove(em.find(Shop.class, 4L));
        });
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

    private static EntityManager filtered(EntityManager em, boolean enabled) {
        if (enabled) {
            em.unwrap(Session.class).enableFilter("region").setParameter("region", "north");
        }
        return em;
    }
}
