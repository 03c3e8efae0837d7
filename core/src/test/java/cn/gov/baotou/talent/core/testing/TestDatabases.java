package cn.gov.baotou.talent.core.testing;

import cn.gov.baotou.talent.core.setup.control.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh databases for persistence tests: an in-memory H2, and a real PostgreSQL — the server named by
 * {@code TALENT_TEST_PG_URL} (with {@code TALENT_TEST_PG_USER}/{@code _PASSWORD}) when set, else one the build starts
 * itself (embedded PostgreSQL binaries, no Docker). Each call gets a database of its own.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private TestDatabases() {}

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    public static synchronized DataSource postgres() {
        String name = "talent_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String external = System.getenv("TALENT_TEST_PG_URL");
        try {
            if (external != null && !external.isBlank()) {
                PGSimpleDataSource admin = new PGSimpleDataSource();
                admin.setUrl(external);
                admin.setUser(System.getenv("TALENT_TEST_PG_USER"));
                admin.setPassword(System.getenv("TALENT_TEST_PG_PASSWORD"));
                execute(admin, "create database " + name);
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setUrl(external.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
                ds.setUser(admin.getUser());
                ds.setPassword(admin.getPassword());
                return ds;
            }
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopEmbedded));
            }
            execute(embedded.getPostgresDatabase(), "create database " + name);
            return embedded.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** The data source migrated with the given modules' schemas, core first. */
    public static DataSource migrated(DataSource ds, String... modules) {
        for (String module : modules) {
            SchemaMigration.migrate(ds, module, TestDatabases.class.getClassLoader());
        }
        return ds;
    }

    /** Hibernate over the data source, outside any container, managing exactly the given entity classes. */
    public static EntityManagerFactory entityManagerFactory(DataSource ds, List<Class<?>> entities) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", ds);
        properties.put("hibernate.loaded_classes", entities);
        properties.put("hibernate.hbm2ddl.auto", "none");
        properties.put("hibernate.jdbc.time_zone", "Asia/Shanghai");
        properties.put("org.hibernate.envers.audit_table_suffix", "_aud");
        properties.put("org.hibernate.envers.store_data_at_delete", "true");
        return Persistence.createEntityManagerFactory("talent-test", properties);
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static synchronized void stopEmbedded() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            // the JVM is going away; nothing to save
        }
    }
}
