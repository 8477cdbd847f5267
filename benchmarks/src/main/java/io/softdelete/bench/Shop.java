package io.softdelete.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The steady-state model and data set, on in-memory H2: 1,000 customers with 10 orders each, order amounts
 * 0 to 9,999; and spare orders that the write benchmarks remove.
 */
final class Shop {
    static final int CUSTOMERS = 1_000;
    static final int ORDERS_PER_CUSTOMER = 10;
    static final int ORDERS = CUSTOMERS * ORDERS_PER_CUSTOMER;
    /** Spare orders have ids from here, no customer, and a batch number from 1. */
    static final long FIRST_SPARE_ORDER = 1_000_000;

    private Shop() {
    }

    static Map<String, Object> settings(String database, String schemaAction) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url(database));
        settings.put("jakarta.persistence.jdbc.user", "sa");
        settings.put("jakarta.persistence.jdbc.password", "");
        settings.put("hibernate.hbm2ddl.auto", schemaAction);
        // a model whose schema fails would measure Hibernate logging exceptions, not a start-up
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        settings.put("hibernate.connection.pool_size", "4");
        return settings;
    }

    static String url(String database) {
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }

    /** Hibernate's native bootstrap, the shortest way to a ready factory. */
    static SessionFactory build(Map<String, Object> settings, Class<?>... entities) {
        MetadataSources sources = new MetadataSources(new StandardServiceRegistryBuilder().applySettings(settings).build());
        for (Class<?> entity : entities) {
            sources.addAnnotatedClass(entity);
        }
        return sources.buildMetadata().buildSessionFactory();
    }

    static void seed(Connection connection, Variant variant) throws SQLException {
        String customers = variant.softDeletes()
                ? "insert into customer (id, name, email, deleted) values (?, ?, ?, false)"
                : "insert into customer (id, name, email) values (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(customers)) {
            for (long id = 1; id <= CUSTOMERS; id++) {
                insert.setLong(1, id);
                insert.setString(2, "customer " + id);
                insert.setString(3, "customer" + id + "@example.com");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(orderInsert(variant))) {
            for (int i = 0; i < ORDERS; i++) {
                setOrder(insert, i + 1, i, 1 + i / ORDERS_PER_CUSTOMER, 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /** Spare orders {@code first..first+count-1}, in batches of {@code batchSize} numbered from {@code firstBatch}. */
    static void addSpareOrders(Connection connection, Variant variant, long first, int count, int batchSize, int firstBatch)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(orderInsert(variant))) {
            for (int i = 0; i < count; i++) {
                setOrder(insert, first + i, -1, null, firstBatch + i / batchSize);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    private static String orderInsert(Variant variant) {
        return variant.softDeletes()
                ? "insert into purchase_order (id, amount, note, batch, customer_id, deleted) values (?, ?, ?, ?, ?, false)"
                : "insert into purchase_order (id, amount, note, batch, customer_id) values (?, ?, ?, ?, ?)";
    }

    private static void setOrder(PreparedStatement insert, long id, int amount, Integer customer, int batch)
            throws SQLException {
        insert.setLong(1, id);
        insert.setInt(2, amount);
        insert.setString(3, "note " + id);
        insert.setInt(4, batch);
        if (customer == null) {
            insert.setNull(5, java.sql.Types.BIGINT);
        } else {
            insert.setLong(5, customer);
        }
    }
}
