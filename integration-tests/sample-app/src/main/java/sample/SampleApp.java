package sample;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A plain JPA application that knows nothing of soft delete. Each run boots one persistence unit and
 * plays one scenario, printing what the application sees as {@code observe key=value} lines.
 * <p>
 * System properties: {@code sample.url}, {@code sample.driver}, {@code sample.user}, {@code sample.password}
 * (the database, H2 by default), {@code sample.ddl} (hbm2ddl action, default none),
 * {@code sample.unit} (persistence unit, default shop), {@code sample.batch} (batch fetch size, default none),
 * {@code sample.showSql} (default true), {@code sample.serve} (after the scenario, wait until standard input ends, then
 * play this scenario), {@code sample.mbeans} (once the unit is closed, how many MBeans of {@code io.softdelete} are left).
 */
public final class SampleApp {
    private SampleApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SampleApp <scenario>");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", System.getProperty("sample.url", "jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1"));
        properties.put("jakarta.persistence.jdbc.driver", System.getProperty("sample.driver", "org.h2.Driver"));
        properties.put("jakarta.persistence.jdbc.user", System.getProperty("sample.user", "sa"));
        properties.put("jakarta.persistence.jdbc.password", System.getProperty("sample.password", ""));
        properties.put("hibernate.hbm2ddl.auto", System.getProperty("sample.ddl", "none"));
        properties.put("hibernate.show_sql", System.getProperty("sample.showSql", "true"));
        properties.put("hibernate.generate_statistics", "true");
        properties.put("hibernate.session_factory_observer", AnnouncementObserver.class.getName());
        String mutationStrategy = System.getProperty("sample.mutationStrategy");
        if (mutationStrategy != null) {
            properties.put("hibernate.query.mutation_strategy", mutationStrategy);
        }
        String batchSize = System.getProperty("sample.batch");
        if (batchSize != null) {
            properties.put("hibernate.default_batch_fetch_size", batchSize);
        }
        EntityManagerFactory emf;
        try {
            emf = Persistence.createEntityManagerFactory(System.getProperty("sample.unit", "shop"), properties);
        } catch (RuntimeException e) {
            Observations.observe("boot.error", rootMessage(e));
            System.exit(3);
            return;
        }
        try {
            Scenarios.run(args[0], emf);
            String serve = System.getProperty("sample.serve");
            if (serve != null) {
                // an operator's tools act on the running application meanwhile; it goes on when its input ends
                Observations.observe("serving", ProcessHandle.current().pid());
                while (System.in.read() >= 0) {
                    continue;
                }
                Scenarios.run(serve, emf);
            }
        } finally {
            emf.close();
        }
        if (Boolean.getBoolean("sample.mbeans")) {
            Observations.observe("mbeans.afterClose", mbeans());
        }
    }

    /** The MBeans of the domain {@code io.softdelete}, as any JMX client would list them. */
    static int mbeans() {
        try {
            return ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("io.softdelete:*"), null).size();
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
