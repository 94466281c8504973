package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application over time: unpaid orders expire on their own; a restart keeps every order. */
class LifecycleIT {

    @Test
    void theExpiryJobGivesBackTheStockOfAnUnpaidOrderAfterItsTime() throws Exception {
        RunningApp app = RunningApp.startAnother(
                Map.of(
                        "RESERVATION_TTL",
                        "PT4S",
                        "BANK_TRANSFER_RESERVATION_TTL",
                        "PT4S",
                        "EXPIRY_SWEEP_INTERVAL",
                        "PT1S"),
                null,
                "app-expiry.log");
        try {
            JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(p -> p.getInt("available") >= 2)
                    .findFirst()
                    .orElseThrow();
            String id = product.getString("id");
            int before = available(app, id);
            JsonObject order = Http.json(Http.post(
                    app.uri("api/v1/orders"),
                    "application/json",
                    PublicApiIT.orderBody(id, 2, "BANK_TRANSFER"),
                    "Idempotency-Key",
                    "expiry-1"));
            assertEquals(before - 2, available(app, id));

            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            String status = "AWAITING_PAYMENT";
            while (Instant.now().isBefore(deadline) && status.equals("AWAITING_PAYMENT")) {
                Thread.sleep(500);
                status = Http.json(Http.get(
                                app.uri("api/v1/orders/" + order.getString("number")),
                                "Authorization",
                                "Bearer " + order.getString("accessToken")))
                        .getString("status");
            }
            assertEquals("EXPIRED", status);
            assertEquals(before, available(app, id));
        } finally {
            app.stop();
        }
    }

    @Test
    void aSecondStartKeepsEveryOrder() throws Exception {
        Path workDir = Files.createTempDirectory("longyuan-restart-");
        try {
            RunningApp first = RunningApp.startAnother(Map.of(), workDir, "app-restart-1.log");
            JsonObject order;
            try {
                String id = Http.json(Http.get(first.uri("api/v1/products?size=100")))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(p -> p.getInt("available") > 0)
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
                order = Http.json(Http.post(
                        first.uri("api/v1/orders"),
                        "application/json",
                        PublicApiIT.orderBody(id, 1, "CASH_ON_DELIVERY"),
                        "Idempotency-Key",
                        "restart-1"));
            } finally {
                first.stop();
            }
            RunningApp second = RunningApp.startAnother(Map.of(), workDir, "app-restart-2.log");
            try {
                HttpResponse<String> read = Http.get(
                        second.uri("api/v1/orders/" + order.getString("number")),
                        "Authorization",
                        "Bearer " + order.getString("accessToken"));
                assertEquals(200, read.statusCode(), read.body());
                assertEquals("CONFIRMED", Http.json(read).getString("status"));
                assertTrue(
                        Files.readString(Path.of(System.getProperty("app.log.dir", "target"), "app-restart-2.log"))
                                .contains("0 migrations applied now"),
                        "the second start found its schema in place");
            } finally {
                second.stop();
            }
        } finally {
            RunningApp.deleteRecursively(workDir);
        }
    }

    private static int available(RunningApp app, String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }
}
