package cn.longyuan.market.shop.infrastructure;

import cn.longyuan.market.application.demo.DemoDataLoader;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.SystemStatus;
import cn.longyuan.market.infrastructure.persistence.jpa.MarketDataSource;
import cn.longyuan.market.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The shop war owns the schema and the demo data: while it deploys, before it takes any request, it
 * migrates the database, loads the demo data set into an empty one when wanted, starts the expiry of unpaid
 * orders, and records the outcome for the readiness check. A failure is reported, not thrown, so the process
 * stays up and {@code /health/ready} says why it is not ready.
 */
@ApplicationScoped
public class ShopStartup {

    private static final Logger LOG = Logger.getLogger(ShopStartup.class.getName());

    @Resource(lookup = MarketDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SystemStatus status;

    @Inject
    private OrderExpiryJob expiry;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private AccountService accounts;

    @Inject
    private Config config;

    @Inject
    private cn.longyuan.market.infrastructure.search.LuceneProductSearch search;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        try {
            MigrateResult result = SchemaMigrator.migrate(dataSource);
            String version =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            String detail = "schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now) on " + result.database;
            LOG.info(detail);
            createFirstAccount();
            if (demoData.isWanted()) {
                demoData.loadIfEmpty();
            }
            expiry.start();
            buildSearchIndex();
            status.ready(detail);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up failed; the shop is not ready", e);
            status.failed("start-up failed: " + e.getMessage());
        }
    }

    /** The product search's index, built before the first buyer searches; a failure waits for the first search. */
    private void buildSearchIndex() {
        try {
            search.refreshNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not be built at start; the first search will build it", e);
        }
    }

    /** ADMIN_USER / ADMIN_PASSWORD: a real installation's first login, on a database with no accounts. */
    private void createFirstAccount() {
        String user = config.getOptionalValue("ADMIN_USER", String.class).orElse(null);
        String password =
                config.getOptionalValue("ADMIN_PASSWORD", String.class).orElse(null);
        if (user == null || password == null) {
            return;
        }
        try {
            if (accounts.createFirstFederationAccount(user.strip(), password)) {
                LOG.info("Created the first federation account '" + user.strip() + "' from ADMIN_USER");
            }
        } catch (RequestRefusedException refused) {
            LOG.severe("ADMIN_USER/ADMIN_PASSWORD refused, no account created: " + refused.violations());
        }
    }
}
