package sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import sample.shop.Customer;

/**
 * The README's demo: the shop removes a customer and bulk-deletes an order, then shows what its queries
 * return and, side by side, what the tables hold. Run it with and without the agent.
 */
public final class Demo {
    private static final String URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";

    private Demo() {
    }

    public static void main(String[] args) throws SQLException {
        Logger.getLogger("").setLevel(Level.SEVERE);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", URL);
        properties.put("hibernate.hbm2ddl.auto", "create");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("shop", properties);
        try {
            Scenarios.seed(emf);
            say("The application removes customer alice with EntityManager.remove (it cascades to her two orders");
            say("and their lines), and bulk-deletes the order line 'plum' with JPQL.");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            em.remove(em.createQuery("select c from Customer c where c.name = 'alice'", Customer.class).getSingleResult());
            int bulk = em.createQuery("delete from OrderLine l where l.product = 'plum'").executeUpdate();
            em.getTransaction().commit();
            say("  the bulk delete reported " + bulk + " row(s)");
            say("");
            say("What the application's queries return now:");
            say("  customers: " + em.createQuery("select c.name from Customer c order by c.name", String.class).getResultList());
            say("  orders:    " + em.createQuery("select o.amount from PurchaseOrder o order by o.amount", Integer.class)
                    .getResultList());
            say("  lines:     " + em.createQuery("select l.product from OrderLine l order by l.product", String.class)
                    .getResultList());
            em.close();
            say("");
            say("What the tables hold (plain JDBC, bypassing Hibernate):");
            try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
                table(connection, "customer");
                table(connection, "purchase_order");
                table(connection, "order_line");
                table(connection, "order_tag");
            }
        } finally {
            emf.close();
        }
    }

    private static void table(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from " + table + " order by 1, 2")) {
            int columns = rows.getMetaData().getColumnCount();
            StringBuilder header = new StringBuilder("  " + table + ":");
            for (int i = 1; i <= columns; i++) {
                header.append(String.format(" %-12s", rows.getMetaData().getColumnLabel(i).toLowerCase()));
            }
            say(header.toString());
            while (rows.next()) {
                StringBuilder row = new StringBuilder(" ".repeat(table.length() + 3));
                for (int i = 1; i <= columns; i++) {
                    row.append(String.format(" %-12s", String.valueOf(rows.getObject(i))));
                }
                say(row.toString());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
