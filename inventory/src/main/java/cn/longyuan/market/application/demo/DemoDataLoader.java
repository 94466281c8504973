package cn.longyuan.market.application.demo;

import cn.longyuan.market.application.OrderService;
import cn.longyuan.market.application.ProductionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the demo data set into an empty database when {@code DEMO_DATA} asks for it — by default with the
 * embedded database and never with a configured {@code DB_URL}, so that a production database cannot
 * receive invented people by accident.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    private EntityManager em;
    private ProductionService production;
    private OrderService orders;
    private Clock clock;
    private Config config;

    protected DemoDataLoader() {
        // for CDI proxies
    }

    @Inject
    public DemoDataLoader(EntityManager em, ProductionService production, OrderService orders, Clock clock, Config config) {
        this.em = em;
        this.production = production;
        this.orders = orders;
        this.clock = clock;
        this.config = config;
    }

    /** Whether this installation wants demo data: DEMO_DATA if set, else only with the embedded database. */
    public boolean isWanted() {
        Optional<String> explicit = config.getOptionalValue("DEMO_DATA", String.class);
        if (explicit.isPresent()) {
            return Boolean.parseBoolean(explicit.get().strip());
        }
        return config.getOptionalValue("db.url", String.class).map(url -> url.startsWith("jdbc:h2:")).orElse(true);
    }

    @Transactional
    public Optional<DemoDataSet.Summary> loadIfEmpty() {
        if (!DemoDataSet.isEmpty(em)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        DemoDataSet.Summary summary = new DemoDataSet().loadInto(em, production, orders, clock);
        LOG.info("Loaded the demo data set in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + summary);
        return Optional.of(summary);
    }
}
