package cn.longyuan.market.infrastructure.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code db.class}, the JDBC data source class, derived from the configured database URL.
 * <p>
 * The data source definition takes its class name from a {@code ${MPCONFIG=db.class}} placeholder, and a
 * placeholder cannot compute a default from another value. Operators set only {@code DB_URL}; this source
 * picks the PostgreSQL or the embedded H2 driver from it, so the two can never disagree.
 */
public class DatabaseClassConfigSource implements ConfigSource {

    static final String PROPERTY = "db.class";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, dataSourceClassFor(configuredUrl()));
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    @Override
    public String getName() {
        return "longyuan-db-class";
    }

    @Override
    public int getOrdinal() {
        // below system properties (400) and environment (300), so an operator can still force a class
        return 150;
    }

    static String dataSourceClassFor(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("db.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("DB_URL");
        }
        return url;
    }
}
