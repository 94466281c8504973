package cn.longyuan.market.infrastructure.persistence.jpa;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the system, defined once here for both wars (each war gets its own pool under
 * its {@code java:app} name). Values come from MicroProfile Config: {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}, with the embedded H2 database as the default; {@code db.class} is derived from the
 * URL by {@link cn.longyuan.market.infrastructure.config.DatabaseClassConfigSource}. Connections are validated
 * before use and all replaced when one is found dead (a restarted database), and new ones are retried.
 */
@DataSourceDefinition(
        name = MarketDataSource.JNDI_NAME,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            // a database restart (a second or two of refused connections) is waited out by the request that
            // needs a new connection, rather than answered 503 at once
            "fish.payara.connection-creation-retry-attempts=10",
            "fish.payara.connection-creation-retry-interval-in-seconds=1"
        })
@ApplicationScoped
public class MarketDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/longyuan";
}
