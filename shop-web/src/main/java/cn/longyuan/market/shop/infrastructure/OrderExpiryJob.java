package cn.longyuan.market.shop.infrastructure;

import cn.longyuan.market.application.ordering.OrderService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives back the stock of unpaid orders past {@code RESERVATION_TTL}. Scheduled in every instance, it sweeps in one
 * instance of a cluster only ({@link ClusterDuties}: the holder of the duty, which another takes over when it stops);
 * each order is still expired under a row lock by {@link OrderService#expireIfOverdue}, so that even two sweeps at
 * the same moment (a lease changing hands) expire it once.
 */
@ApplicationScoped
public class OrderExpiryJob {

    private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class.getName());
    private static final int BATCH = 200;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private OrderService orders;

    @Inject
    private Clock clock;

    @Inject
    private ClusterDuties duties;

    static final String DUTY = "order-expiry";

    @Inject
    @ConfigProperty(name = "EXPIRY_SWEEP_INTERVAL", defaultValue = "PT30S")
    private String interval;

    private ScheduledFuture<?> sweeping;

    void start() {
        long millis = Duration.parse(interval).toMillis();
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Expiring unpaid orders every " + interval);
    }

    void sweep() {
        // the lease outlives three rounds: the holder keeps it while it lives, another takes it over soon after
        if (!duties.holds(DUTY, Duration.parse(interval).multipliedBy(3))) {
            return;
        }
        try {
            List<Long> overdue = orders.overdueOrderIds(clock.instant(), BATCH);
            int expired = 0;
            for (Long id : overdue) {
                if (orders.expireIfOverdue(id)) {
                    expired++;
                }
            }
            if (expired > 0) {
                LOG.info("Expired " + expired + " unpaid order(s) and released their stock (member " + duties.member()
                        + ")");
            }
        } catch (RuntimeException e) {
            // a failed sweep (database briefly away) must not stop the next one
            LOG.log(Level.WARNING, "Order expiry sweep failed; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
