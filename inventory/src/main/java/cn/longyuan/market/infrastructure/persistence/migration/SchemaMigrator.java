package cn.longyuan.market.infrastructure.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the versioned migrations in {@code db/migration}; the same
 * files run on the embedded H2 database and on PostgreSQL. Flyway takes a lock on the database, so
 * several instances starting together migrate once.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }
}
