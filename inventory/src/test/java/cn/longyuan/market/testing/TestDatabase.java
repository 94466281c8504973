package cn.longyuan.market.testing;

import cn.longyuan.market.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for service and persistence tests: the embedded H2 in the same mode the application
 * uses, or the PostgreSQL named by {@code TEST_PG_URL} (a JDBC URL with user and password; .ci/run sets
 * it). Each instance starts from an empty schema migrated by the production migrations, and opens the
 * production persistence unit with local transactions instead of JTA.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    public static final String PG_URL_VARIABLE = "TEST_PG_URL";

    /** Opens a freshly migrated database; skips the test when PostgreSQL is not configured here. */
    public Opened open() {
        DataSource dataSource = switch (this) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        + ";NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
                h2.setUser("sa");
                h2.setPassword("");
                yield h2;
            }
            case POSTGRESQL -> {
                String url = postgresUrl();
                Assumptions.assumeTrue(url != null, "PostgreSQL tests need " + PG_URL_VARIABLE);
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                Flyway.configure().dataSource(pg).cleanDisabled(false).load().clean();
                yield pg;
            }
        };
        SchemaMigrator.migrate(dataSource);
        return dataSource instanceof PGSimpleDataSource pg
                ? new Opened(this, dataSource, pg.getURL(), pg.getUser(), pg.getPassword())
                : new Opened(this, dataSource, jdbcUrl(dataSource), "sa", "");
    }

    private static String jdbcUrl(DataSource dataSource) {
        return dataSource instanceof JdbcDataSource h2 ? h2.getURL() : ((PGSimpleDataSource) dataSource).getURL();
    }

    public static String postgresUrl() {
        String url = System.getProperty("test.pg.url");
        if (url == null || url.isBlank()) {
            url = System.getenv(PG_URL_VARIABLE);
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** A migrated database and the persistence unit over it. */
    public static final class Opened implements AutoCloseable {
        private final TestDatabase kind;
        private final DataSource dataSource;
        private final EntityManagerFactory emf;

        Opened(TestDatabase kind, DataSource dataSource, String url, String user, String password) {
            this.kind = kind;
            this.dataSource = dataSource;
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            // EclipseLink's own pool (bounded, waiting when exhausted) rather than the bare data source, so that
            // the race tests can run 200 threads against a PostgreSQL with the default 100 connections
            properties.put("jakarta.persistence.jdbc.url", url);
            if (user != null) {
                properties.put("jakarta.persistence.jdbc.user", user);
                properties.put("jakarta.persistence.jdbc.password", password);
            }
            properties.put("jakarta.persistence.jdbc.driver", kind == H2 ? "org.h2.Driver" : "org.postgresql.Driver");
            // SEVERE: the concurrency tests provoke unique-key violations on purpose, which EclipseLink logs as
            // warnings
            properties.put("eclipselink.logging.level", "SEVERE");
            properties.put("eclipselink.connection-pool.default.initial", "2");
            properties.put("eclipselink.connection-pool.default.min", "2");
            properties.put("eclipselink.connection-pool.default.max", "40");
            this.emf = Persistence.createEntityManagerFactory("longyuan", properties);
        }

        public TestDatabase kind() {
            return kind;
        }

        public DataSource dataSource() {
            return dataSource;
        }

        public EntityManagerFactory emf() {
            return emf;
        }

        /** Runs the work in one transaction of a new entity manager, as a container-managed call would. */
        public <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        public void run(Consumer<EntityManager> work) {
            inTransaction(em -> {
                work.accept(em);
                return null;
            });
        }

        @Override
        public void close() {
            emf.close();
        }
    }
}
