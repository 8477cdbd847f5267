package sample.zoo;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.type.YesNoConverter;

/**
 * Identifiers the database or Hibernate generates (IDENTITY, SEQUENCE, UUID), and fields stored through an
 * {@code AttributeConverter} ({@code @Convert}), queried by their converted value. Each kind of item is removed once
 * in the transaction that persisted it, once later, and once by a bulk delete.
 */
public final class GeneratedIdCase implements ZooCase {
    /** Cents in the database, a text like {@code "12.34"} in the application. */
    @Converter
    public static class PriceConverter implements AttributeConverter<String, Long> {
        @Override
        public Long convertToDatabaseColumn(String price) {
            return price == null ? null : Math.round(Double.parseDouble(price) * 100);
        }

        @Override
        public String convertToEntityAttribute(Long cents) {
            return cents == null ? null : String.format("%d.%02d", cents / 100, cents % 100);
        }
    }

    @MappedSuperclass
    public abstract static class Item {
        String label;
        @Convert(converter = PriceConverter.class)
        String price;
        @Convert(converter = YesNoConverter.class)
        boolean featured;
    }

    @Entity(name = "IdentityItem")
    public static class IdentityItem extends Item {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
    }

    @Entity(name = "SequenceItem")
    public static class SequenceItem extends Item {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE)
        Long id;
    }

    @Entity(name = "UuidItem")
    public static class UuidItem extends Item {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        UUID id;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(IdentityItem.class, SequenceItem.class, UuidItem.class);
    }

    @Override
    public void run(EntityManagerFactory emf, Observer observer) {
        removals(emf, observer, "identity", IdentityItem.class, IdentityItem::new);
        removals(emf, observer, "sequence", SequenceItem.class, SequenceItem::new);
        removals(emf, observer, "uuid", UuidItem.class, UuidItem::new);
    }

    private static <T extends Item> void removals(EntityManagerFactory emf, Observer observer, String kind, Class<T> type,
                                                  Supplier<T> factory) {
        Object[] removedLater = new Object[1];
        observer.attempt(kind + ".persistAndRemove", em -> {
            em.persist(item(factory, "kept", "1.50", true));
            T later = item(factory, "removed later", "2.50", true);
            em.persist(later);
            removedLater[0] = emf.getPersistenceUnitUtil().getIdentifier(later);
            T soon = item(factory, "removed at once", "3.50", false);
            em.persist(soon);
            em.remove(soon);
            em.persist(item(factory, "removed in bulk", "4.50", false));
        });
        observer.attempt(kind + ".remove", em -> em.remove(em.find(type, removedLater[0])));
        String entity = type.getSimpleName();
        observer.attempt(kind + ".bulk", em -> em.createQuery("delete from " + entity + " i where i.label = 'removed in bulk'")
                .executeUpdate());
        observer.lookups(kind, type, removedLater[0]);
        observer.query(kind + ".labels", "select i.label from " + entity + " i order by i.label");
        observer.read(kind + ".byPrice", em -> em.createQuery("select i.label from " + entity + " i where i.price = :price")
                .setParameter("price", "2.50").getResultList());
        observer.query(kind + ".featured", "select i.label, i.price from " + entity + " i where i.featured = true");
    }

    private static <T extends Item> T item(Supplier<T> factory, String label, String price, boolean featured) {
        T item = factory.get();
        item.label = label;
        item.price = price;
        item.featured = featured;
        return item;
    }
}
