package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A buyer's path through the public API over the demo data: find, read, order, follow. */
class PublicApiIT {

    private final RunningApp app = RunningApp.get();

    private List<JsonObject> products(String query) {
        HttpResponse<String> response = Http.get(app.uri("api/v1/products?size=100" + query));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject mostStocked() {
        return products("").stream()
                .max(Comparator.comparingInt(p -> p.getInt("available")))
                .orElseThrow();
    }

    static String orderBody(String productId, int quantity, String paymentMethod) {
        return "{\"lines\": [{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + "}], "
                + PublicApiErrorsIT.CONTACT + ", " + PublicApiErrorsIT.ADDRESS + ", \"paymentMethod\": \""
                + paymentMethod + "\"}";
    }

    private HttpResponse<String> place(String key, String body) {
        return Http.post(app.uri("api/v1/orders"), "application/json", body, "Idempotency-Key", key);
    }

    private int available(String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }

    @Test
    void theCatalogueListsPublishedProductsWithPricesInYuanAndTheirCooperative() {
        JsonObject page = Http.json(Http.get(app.uri("api/v1/products?size=5")));
        assertTrue(page.getInt("total") >= 28, page.toString());
        assertEquals(5, page.getJsonArray("items").size());
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        for (String field : List.of(
                "id", "name", "price", "currency", "available", "craft", "craftName", "cooperative", "imageUrl")) {
            assertTrue(item.containsKey(field), field + " in " + item);
        }
        assertTrue(item.getString("price").matches("\\d+\\.\\d{2}"), item.toString());
        assertEquals("CNY", item.getString("currency"));
        assertFalse(item.getJsonObject("cooperative").getString("name").isBlank());
    }

    @Test
    void searchFindsChineseAndEnglishWordsAndFiltersByCraft() {
        List<JsonObject> sachets = products("&craft=sachet");
        assertFalse(sachets.isEmpty());
        sachets.forEach(p -> assertEquals("sachet", p.getString("craft")));

        List<JsonObject> chinese =
                products("&q=" + java.net.URLEncoder.encode("香包", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(chinese.isEmpty());
        chinese.forEach(p -> assertTrue(
                p.getString("name").contains("香包") || p.getString("craft").equals("sachet"), p.toString()));

        List<JsonObject> english = products("&q=Sachet&lang=en");
        assertFalse(english.isEmpty());
        assertTrue(
                english.stream().anyMatch(p -> p.getString("name").toLowerCase().contains("sachet")),
                english.toString());
        assertTrue(products("&q=no-such-thing-anywhere").isEmpty());
    }

    @Test
    void namesComeInTheRequestedLanguage() {
        String id = mostStocked().getString("id");
        JsonObject zh = Http.json(Http.get(app.uri("api/v1/products/" + id)));
        JsonObject en = Http.json(Http.get(app.uri("api/v1/products/" + id + "?lang=en")));
        JsonObject enByHeader =
                Http.json(Http.get(app.uri("api/v1/products/" + id), "Accept-Language", "en-GB,en;q=0.9"));
        assertNotEquals(zh.getString("name"), en.getString("name"));
        assertEquals(en.getString("name"), enByHeader.getString("name"));
        assertTrue(zh.getString("name")
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void aProductShowsItsMakersPublicFacesAndTrainingsButNoPrivateData() {
        for (JsonObject item : products("")) {
            HttpResponse<String> response = Http.get(app.uri("api/v1/products/" + item.getString("id")));
            assertEquals(200, response.statusCode());
            String body = response.body();
            for (String privateField : List.of("phone", "idNumber", "household", "realName", "1390000")) {
                assertFalse(body.contains(privateField), privateField + " in " + body);
            }
            for (JsonObject maker : Http.json(response).getJsonArray("makers").getValuesAs(JsonObject.class)) {
                assertFalse(maker.getString("displayName").isBlank());
                assertFalse(maker.getJsonArray("trainings").isEmpty(), "a maker is trained: " + maker);
                JsonObject training = maker.getJsonArray("trainings").getJsonObject(0);
                for (String field : List.of("course", "craft", "level", "completedOn")) {
                    assertTrue(training.containsKey(field), field + " in " + training);
                }
            }
        }
    }

    @Test
    void aBuyerPlacesAnOrderReadsItWithItsTokenAndARetryAnswersTheSameOrder() {
        JsonObject product = mostStocked();
        String id = product.getString("id");
        int before = available(id);
        String key = "it-order-" + System.nanoTime();
        String body = orderBody(id, 2, "BANK_TRANSFER");

        HttpResponse<String> created = place(key, body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject order = Http.json(created);
        assertEquals("AWAITING_PAYMENT", order.getString("status"));
        assertEquals(
                new java.math.BigDecimal(order.getString("subtotal"))
                        .add(new java.math.BigDecimal(order.getString("deliveryFee"))),
                new java.math.BigDecimal(order.getString("total")));
        assertEquals(
                product.getString("price"),
                order.getJsonArray("lines").getJsonObject(0).getString("unitPrice"));
        assertTrue(created.headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/api/v1/orders/" + order.getString("number")));
        assertEquals(before - 2, available(id));

        // the same request again, written differently: same order, same answer, nothing reserved twice
        String reordered = "{\"paymentMethod\":\"BANK_TRANSFER\"," + PublicApiErrorsIT.ADDRESS + ","
                + PublicApiErrorsIT.CONTACT + ",\"lines\":[{\"quantity\":2,\"productId\":\"" + id + "\"}]}";
        HttpResponse<String> replay = place(key, reordered);
        assertEquals(201, replay.statusCode(), replay.body());
        assertEquals(order, Http.json(replay));
        assertEquals(before - 2, available(id));
        assertError(place(key, orderBody(id, 3, "BANK_TRANSFER")), 422, "IDEMPOTENCY_KEY_REUSED");

        HttpResponse<String> read = Http.get(
                app.uri("api/v1/orders/" + order.getString("number")),
                "Authorization",
                "Bearer " + order.getString("accessToken"));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject detail = Http.json(read);
        assertEquals(1, detail.getJsonArray("parts").size());
        assertEquals("PENDING", detail.getJsonArray("parts").getJsonObject(0).getString("status"));
        assertEquals(
                "AWAITING_PAYMENT",
                detail.getJsonArray("history").getJsonObject(0).getString("status"));
        assertFalse(detail.containsKey("accessToken"));
        assertError(
                Http.get(
                        app.uri("api/v1/orders/" + order.getString("number")),
                        "Authorization",
                        "Bearer " + "x".repeat(43)),
                404,
                "NOT_FOUND");
    }

    @Test
    void anOrderForMoreThanIsAvailableIsRefusedAndReservesNothing() {
        JsonObject product = mostStocked();
        // the product's own answer: the search list may be a second behind an order (it is rendered once per
        // generation)
        int available = available(product.getString("id"));
        assertError(
                place(
                        "it-too-many-" + System.nanoTime(),
                        orderBody(product.getString("id"), Math.min(available + 1, 999), "CASH_ON_DELIVERY")),
                409,
                "OUT_OF_STOCK",
                "lines[0].quantity");
        assertEquals(available, available(product.getString("id")));
    }

    @Test
    void twoHundredBuyersRaceForTheLastTenPiecesAndExactlyTenWin() throws Exception {
        JsonObject product = mostStocked();
        String id = product.getString("id");
        int available = available(id);
        assertTrue(available >= 10, "the demo data has a product with ten pieces: " + product);
        if (available > 10) {
            assertEquals(
                    201,
                    place("it-race-prepare-" + System.nanoTime(), orderBody(id, available - 10, "CASH_ON_DELIVERY"))
                            .statusCode());
        }
        assertEquals(10, available(id));

        ExecutorService pool = Executors.newFixedThreadPool(200);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger outOfStock = new AtomicInteger();
        ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        List<Future<?>> buyers = new ArrayList<>();
        String race = "it-race-" + System.nanoTime() + "-";
        for (int i = 0; i < 200; i++) {
            String key = race + i;
            buyers.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> response = place(key, orderBody(id, 1, "BANK_TRANSFER"));
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

        assertTrue(other.isEmpty(), () -> "unexpected answers: " + other);
        assertEquals(10, won.get());
        assertEquals(190, outOfStock.get());
        assertEquals(0, available(id));
    }
}
