package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200 buyers race for the last 10 pieces of a product on PostgreSQL: exactly 10 win, on one application process and
 * on two processes sharing the database (the stock is decremented in the database, not in any process's memory).
 * The embedded default's race is PublicApiIT's.
 */
class ReliabilityOversellIT {

    private static final int BUYERS = 200;
    private static final int LAST_PIECES = 10;
    private static AppDatabase database;
    private static RunningApp first;
    private static RunningApp second;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        database = AppDatabase.postgres("it_oversell").orElse(null);
        Assumptions.assumeTrue(database != null, "needs TEST_PG_URL");
        first = RunningApp.startAnother(database.environment(), null, "app-oversell-1.log");
        second = RunningApp.startAnother(database.environment(), null, "app-oversell-2.log");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.stop();
        }
        if (first != null) {
            first.stop();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void onOneProcessExactlyTenOf200Win() throws Exception {
        race("one process", List.of(first), 0);
    }

    @Test
    void onTwoProcessesSharingTheDatabaseExactlyTenOf200Win() throws Exception {
        race("two processes", List.of(first, second), 1);
    }

    private static void race(String label, List<RunningApp> apps, int productIndex) throws Exception {
        List<JsonObject> stocked = Http.json(Http.get(first.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= LAST_PIECES)
                .sorted((a, b) -> Integer.compare(b.getInt("available"), a.getInt("available")))
                .toList();
        String id = stocked.get(productIndex).getString("id");
        int available = available(first, id);
        if (available > LAST_PIECES) {
            assertEquals(
                    201,
                    Http.post(
                                    first.uri("api/v1/orders"),
                                    "application/json",
                                    PublicApiIT.orderBody(id, available - LAST_PIECES, "CASH_ON_DELIVERY"),
                                    "Idempotency-Key",
                                    "oversell-prepare-" + System.nanoTime())
                            .statusCode());
        }
        for (RunningApp app : apps) {
            assertEquals(LAST_PIECES, available(app, id), "every process sees the same " + LAST_PIECES + " pieces");
        }

        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger outOfStock = new AtomicInteger();
        ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        List<Future<?>> buyers = new ArrayList<>();
        String race = "oversell-" + System.nanoTime() + "-";
        long started = System.nanoTime();
        for (int i = 0; i < BUYERS; i++) {
            RunningApp app = apps.get(i % apps.size());
            String key = race + i;
            buyers.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> response = Http.post(
                        app.uri("api/v1/orders"),
                        "application/json",
                        PublicApiIT.orderBody(id, 1, "BANK_TRANSFER"),
                        "Idempotency-Key",
                        key);
                switch (response.statusCode()) {
                    case 201 -> won.incrementAndGet();
                    case 409 -> outOfStock.incrementAndGet();
                    default -> other.add(response.statusCode() + " " + response.body());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> buyer : buyers) {
            buyer.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> audit;
        try (Connection connection = database.connect()) {
            audit = ChainAudit.run(connection);
        }
        Figures figures = Figures.of("oversell/" + label)
                .put("buyers", BUYERS)
                .put("pieces", LAST_PIECES)
                .put("won", won.get())
                .put("outOfStock", outOfStock.get())
                .put("other", other.size())
                .put("tookMs", millis);
        audit.forEach(figures::put);
        figures.print();

        assertTrue(other.isEmpty(), () -> "unexpected answers: " + other);
        assertEquals(LAST_PIECES, won.get());
        assertEquals(BUYERS - LAST_PIECES, outOfStock.get());
        for (RunningApp app : apps) {
            assertEquals(0, available(app, id));
        }
        audit.forEach((check, count) -> assertEquals(0L, count, check));
    }

    private static int available(RunningApp app, String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }
}
