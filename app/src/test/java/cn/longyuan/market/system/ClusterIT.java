package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances in one Payara Micro cluster (its Hazelcast, on loopback) over one PostgreSQL, as the compose file runs
 * them behind nginx: a buyer's cart and login live on when the instance that served them is killed; a change of stock
 * through one instance shows on the other within seconds (its product API, its cached pages, its search); the expiry
 * sweep runs on one member only, and the other takes it over when that one dies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static AppDatabase database;
    private static RunningApp first;
    private static RunningApp second;

    @BeforeAll
    static void aClusterOfTwo() throws IOException {
        database = AppDatabase.postgres("it_cluster").orElse(null);
        Assumptions.assumeTrue(database != null, "needs TEST_PG_URL");
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RESERVATION_TTL", "PT3S");
        // its orders are bank transfers, which have a hold time of their own
        environment.put("BANK_TRANSFER_RESERVATION_TTL", "PT3S");
        environment.put("EXPIRY_SWEEP_INTERVAL", "PT1S");
        String cluster = "longyuan-it-" + Long.toString(System.nanoTime(), 36);
        int gridPort = RunningApp.freePort();
        first = RunningApp.startMember(environment, cluster, gridPort, "app-cluster-1.log");
        second = RunningApp.startMember(environment, cluster, gridPort, "app-cluster-2.log");
        awaitLog("app-cluster-2.log", "In a cluster of 2 member(s)", Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        for (RunningApp app : new RunningApp[] {second, first}) {
            if (app != null) {
                app.stop();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void aStockChangeThroughOneInstanceShowsOnTheOtherWithinSeconds() throws InterruptedException {
        JsonObject product = Http.json(Http.get(second.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 0)
                .min(java.util.Comparator.comparingInt(p -> p.getInt("available")))
                .orElseThrow();
        String id = product.getString("id");
        String pageBefore = stockLabel(second, id);
        assertTrue(searchFinds(second, id), "the other instance's search has it in stock");

        HttpResponse<String> bought = Http.post(
                first.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(
                        id,
                        Http.json(Http.get(first.uri("api/v1/products/" + id))).getInt("available"),
                        "CASH_ON_DELIVERY"),
                "Idempotency-Key",
                "cluster-" + System.nanoTime());
        assertEquals(201, bought.statusCode(), bought.body());

        Instant started = Instant.now();
        awaitTrue(
                () -> Http.json(Http.get(second.uri("api/v1/products/" + id))).getInt("available") == 0
                        && !stockLabel(second, id).equals(pageBefore)
                        && !searchFinds(second, id),
                Duration.ofSeconds(15));
        Figures.of("cluster/stock-change")
                .put(
                        "seenOnTheOtherInstanceAfterMs",
                        Duration.between(started, Instant.now()).toMillis())
                .print();
    }

    @Test
    @Order(2)
    void theExpirySweepRunsOnOneMemberOnly() throws InterruptedException {
        List<OrderLoad.Acknowledged> unpaid = List.of(unpaidOrder(first), unpaidOrder(second), unpaidOrder(first));
        awaitTrue(() -> unpaid.stream().allMatch(o -> status(second, o).equals("EXPIRED")), Duration.ofSeconds(30));
        long firstSweeps = logLines("app-cluster-1.log", "unpaid order(s) and released their stock");
        long secondSweeps = logLines("app-cluster-2.log", "unpaid order(s) and released their stock");
        long firstDuty = logLines("app-cluster-1.log", "now does 'order-expiry'");
        long secondDuty = logLines("app-cluster-2.log", "now does 'order-expiry'");
        Figures.of("cluster/expiry-sweep")
                .put("sweepsOnFirst", firstSweeps)
                .put("sweepsOnSecond", secondSweeps)
                .put("dutyTakenByFirst", firstDuty)
                .put("dutyTakenBySecond", secondDuty)
                .print();
        assertEquals(1, firstDuty + secondDuty, "one member took the duty");
        assertTrue(firstSweeps == 0 || secondSweeps == 0, "and only it swept");
    }

    @Test
    @Order(3)
    void aCartAndALoginSurviveTheInstanceThatServedThemAndTheSweepMovesOn() throws Exception {
        ShopVisitor buyer = new ShopVisitor();
        buyer.logIn(first, "buyer-wang", BackOffice.DEMO_PASSWORD);
        String product = Http.json(Http.get(first.uri("api/v1/products?inStock=true&size=1")))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        buyer.addToCart(first, product);
        assertEquals("1", buyer.cartCount(first));
        // a guest's cart lives in her session only (a buyer's is also saved with her account)
        ShopVisitor guest = new ShopVisitor();
        guest.addToCart(first, product);
        guest.addToCart(first, product);
        assertEquals("2", guest.cartCount(first));
        Thread.sleep(1500);
        first.kill();

        assertEquals("2", guest.cartCount(second), "the guest's cart, from the instance that is left");
        assertEquals("1", buyer.cartCount(second), "the buyer's cart");
        HttpResponse<String> account = buyer.get(second, "account/orders.xhtml");
        assertEquals(
                200,
                account.statusCode(),
                "still logged in: " + account.headers().firstValue("Location").orElse(""));

        OrderLoad.Acknowledged unpaid = unpaidOrder(second);
        awaitTrue(() -> status(second, unpaid).equals("EXPIRED"), Duration.ofSeconds(30));
        assertTrue(
                logLines("app-cluster-2.log", "now does 'order-expiry'") >= 1, "the second member took the sweep over");
    }

    private static OrderLoad.Acknowledged unpaidOrder(RunningApp app) {
        String product = OrderLoad.productsInStock(app, 1).get(0);
        String key = "cluster-unpaid-" + System.nanoTime();
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                key);
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        return new OrderLoad.Acknowledged(order.getString("number"), order.getString("accessToken"), key);
    }

    private static String status(RunningApp app, OrderLoad.Acknowledged order) {
        return Http.json(Http.get(
                        app.uri("api/v1/orders/" + order.number()), "Authorization", "Bearer " + order.accessToken()))
                .getString("status");
    }

    private static String stockLabel(RunningApp app, String product) {
        String html = Http.get(app.uri("products/" + product)).body();
        int at = html.indexOf("id=\"product-stock\"");
        return html.substring(at, html.indexOf("</span>", at));
    }

    private static boolean searchFinds(RunningApp app, String product) {
        return Http.json(Http.get(app.uri("api/v1/products?inStock=true&size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(p -> p.getString("id").equals(product));
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "not within " + within);
            Thread.sleep(250);
        }
    }

    private static void awaitLog(String log, String text, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (logLines(log, text) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "'" + text + "' not in " + log + " within " + within);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long logLines(String log, String text) {
        try (var lines =
                Files.lines(Path.of(System.getProperty("app.log.dir", "target"), log), StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
