package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A 201 means the order is on disk: 16 buyers place orders, the process is killed with SIGKILL in the middle of it,
 * and after a restart every order that was answered 201 is there, nothing is half-written, the stock ledger adds up,
 * and the unpaid orders' reservations expire as they would have. On the embedded default and on PostgreSQL.
 */
class ReliabilityCrashIT {

    private static final int BUYERS = 16;
    private static final Duration KILL_AFTER = Duration.ofMillis(1500);

    @Test
    void acknowledgedOrdersSurviveAKillOnTheEmbeddedDatabase() throws Exception {
        Path workDir = Files.createTempDirectory("longyuan-crash-h2-");
        try {
            crashAndRecover(AppDatabase.embedded(workDir), workDir, "h2");
        } finally {
            RunningApp.deleteRecursively(workDir);
        }
    }

    @Test
    void acknowledgedOrdersSurviveAKillOnPostgres() throws Exception {
        AppDatabase database = AppDatabase.postgres("it_crash").orElse(null);
        Assumptions.assumeTrue(database != null, "needs TEST_PG_URL");
        Path workDir = Files.createTempDirectory("longyuan-crash-pg-");
        try {
            crashAndRecover(database, workDir, "pg");
        } finally {
            database.drop();
            RunningApp.deleteRecursively(workDir);
        }
    }

    private void crashAndRecover(AppDatabase database, Path workDir, String label) throws Exception {
        // unpaid orders hold their stock 20 s: long past the kill, and over by the time the second start is ready
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RESERVATION_TTL", "PT20S");
        // its orders are bank transfers, which have a hold time of their own
        environment.put("BANK_TRANSFER_RESERVATION_TTL", "PT20S");
        environment.put("EXPIRY_SWEEP_INTERVAL", "PT1S");
        RunningApp first = RunningApp.startAnother(environment, workDir, "app-crash-" + label + "-1.log");
        List<OrderLoad.Acknowledged> acknowledged;
        OrderLoad load;
        try {
            List<String> products = OrderLoad.productsInStock(first, 1);
            assertTrue(products.size() >= 5, "the demo data has products in stock: " + products);
            load = OrderLoad.start(BUYERS, List.of(first.baseUri()), products);
            Thread.sleep(KILL_AFTER.toMillis());
            first.kill();
            load.close();
            acknowledged = load.acknowledged();
        } catch (RuntimeException | Error e) {
            first.stop();
            throw e;
        }
        assertTrue(acknowledged.size() > 0, "orders were placed before the kill: " + load.statuses());

        RunningApp second = RunningApp.startAnother(environment, workDir, "app-crash-" + label + "-2.log");
        int present = 0;
        List<String> missing = new ArrayList<>();
        Map<String, Integer> statusesAfter = new HashMap<>();
        Instant restarted = Instant.now();
        Duration expiredWithin;
        try {
            for (OrderLoad.Acknowledged order : acknowledged) {
                HttpResponse<String> read = Http.get(
                        second.uri("api/v1/orders/" + order.number()),
                        "Authorization",
                        "Bearer " + order.accessToken());
                if (read.statusCode() == 200) {
                    present++;
                } else {
                    missing.add(order.number() + " " + read.statusCode());
                }
            }
            expiredWithin = awaitAllExpired(second, acknowledged, statusesAfter);
        } finally {
            second.stop();
        }
        Map<String, Long> audit;
        long heldForExpired;
        try (Connection connection = database.connect()) {
            audit = ChainAudit.run(connection);
            heldForExpired = ChainAudit.count(
                    connection,
                    "select count(*) from reservation r join orders o on o.id = r.order_id"
                            + " where r.status = 'HELD' and o.status = 'EXPIRED'");
        }
        Figures figures = Figures.of("crash/" + database.kind())
                .put("buyers", BUYERS)
                .put("killedAfterMs", KILL_AFTER.toMillis())
                .put("sent", load.sent())
                .put("acknowledged", acknowledged.size())
                .put("presentAfterRestart", present)
                .put("connectionFailures", load.connectionFailures())
                .put("expiredWithinS", expiredWithin.toSeconds())
                .put("heldForExpired", heldForExpired);
        audit.forEach(figures::put);
        figures.print();

        assertEquals(List.of(), missing, "every order answered 201 is there after the crash");
        assertEquals(acknowledged.size(), present);
        assertEquals(Map.of("EXPIRED", acknowledged.size()), statusesAfter, "their reservations expired");
        assertEquals(0, heldForExpired, "an expired order holds nothing");
        audit.forEach((check, count) -> assertEquals(0L, count, check));
        assertTrue(Duration.between(restarted, Instant.now()).toMinutes() < 5);
    }

    /** Waits until every acknowledged order has expired (20 s after it was placed); answers how long it took after the restart. */
    private static Duration awaitAllExpired(
            RunningApp app, List<OrderLoad.Acknowledged> orders, Map<String, Integer> statuses)
            throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofSeconds(90));
        while (true) {
            statuses.clear();
            for (OrderLoad.Acknowledged order : orders) {
                HttpResponse<String> read = Http.get(
                        app.uri("api/v1/orders/" + order.number()), "Authorization", "Bearer " + order.accessToken());
                String status =
                        read.statusCode() == 200 ? Http.json(read).getString("status") : "HTTP " + read.statusCode();
                statuses.merge(status, 1, Integer::sum);
            }
            if (statuses.keySet().equals(java.util.Set.of("EXPIRED"))
                    || Instant.now().isAfter(deadline)) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(1000);
        }
    }
}
