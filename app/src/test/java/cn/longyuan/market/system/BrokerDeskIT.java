package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker's desk over the back-office API: a phone order, notes, and a wholesale quote made into an order. */
class BrokerDeskIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aBrokerTakesAPhoneOrderSendsTheTrackingLinkAndKeepsNotes() {
        JsonObject product = ningyuanProduct(1);
        String body = PublicApiIT.orderBody(product.getString("id"), 1, "CASH_ON_DELIVERY");

        HttpResponse<String> noKey = BackOffice.post(app, "broker-li", "/api/v1/desk/orders", body);
        ApiErrors.assertError(noKey, 400, "VALIDATION", "Idempotency-Key");

        String key = "phone-" + System.nanoTime();
        HttpResponse<String> placed = postWithKey("broker-li", "/api/v1/desk/orders", body, key);
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Http.json(placed);
        String number = answer.getJsonObject("order").getString("number");
        assertEquals("CONFIRMED", answer.getJsonObject("order").getString("status"));
        HttpResponse<String> again = postWithKey("broker-li", "/api/v1/desk/orders", body, key);
        assertEquals(
                number,
                Http.json(again).getJsonObject("order").getString("number"),
                "a retried phone order is one order");

        // the tracking link the buyer gets opens her order in the shop (PUBLIC_BASE_URL is the default here)
        URI tracking = URI.create(answer.getString("trackingUrl"));
        assertEquals("/order.xhtml", tracking.getPath());
        HttpResponse<String> page = Http.get(app.uri("order.xhtml?" + tracking.getRawQuery()));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(number));

        JsonObject desk = Http.json(BackOffice.get(app, "broker-li", "/api/v1/desk"));
        assertTrue(desk.getJsonArray("mine").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("number").equals(number)));

        HttpResponse<String> note = BackOffice.post(
                app, "broker-li", "/api/v1/desk/" + number + "/notes", "{\"text\": \"买家来电：周六上午在家，可以送货\"}");
        assertEquals(201, note.statusCode(), note.body());
        List<JsonObject> notes = Http.jsonArray(BackOffice.get(app, "broker-li", "/api/v1/desk/" + number + "/notes"));
        assertEquals(
                List.of("PLACED_FOR_BUYER", "NOTE"),
                notes.stream().map(n -> n.getString("kind")).toList());
        assertEquals("买家来电：周六上午在家，可以送货", notes.get(1).getString("text"));

        // handing it back puts it in the open list, where the broker can claim it again
        HttpResponse<String> handedBack =
                BackOffice.post(app, "broker-li", "/api/v1/desk/" + number + "/hand-back", "{\"reason\": \"出差一周\"}");
        assertEquals(200, handedBack.statusCode(), handedBack.body());
        assertTrue(Http.json(BackOffice.get(app, "broker-li", "/api/v1/desk"))
                .getJsonArray("open")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(o -> o.getString("number").equals(number)));
        ApiErrors.assertError(BackOffice.get(app, "broker-li", "/api/v1/desk/" + number + "/notes"), 404, "NOT_FOUND");
        assertEquals(
                200,
                BackOffice.post(app, "broker-li", "/api/v1/desk/" + number + "/claim", "")
                        .statusCode());
        assertEquals(
                200,
                BackOffice.get(app, "broker-li", "/api/v1/desk/" + number + "/notes")
                        .statusCode());
    }

    @Test
    void aQuoteForManySachetsIsPricedWholesaleAndBecomesAnOrderOnceTheyAreMade() {
        JsonObject product = ningyuanProduct(0);
        String id = product.getString("id");
        HttpResponse<String> tiers = put(
                "coop-ningyuan",
                "/api/v1/wholesale-prices/" + id,
                "{\"tiers\": [{\"minQuantity\": 50, \"unitPrice\": \"" + wholesale(product) + "\"}]}");
        assertEquals(200, tiers.statusCode(), tiers.body());

        HttpResponse<String> created = BackOffice.post(
                app,
                "broker-li",
                "/api/v1/quotes",
                "{\"customer\": {\"name\": \"敦煌鸣沙礼品店\", \"phone\": \"13909370009\"}, \"validDays\": 7,"
                        + " \"lines\": [{\"productId\": \"" + id + "\", \"quantity\": 300}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject quote = Http.json(created);
        String number = quote.getString("number");
        assertEquals(
                wholesale(product), quote.getJsonArray("lines").getJsonObject(0).getString("unitPrice"));
        ApiErrors.assertError(BackOffice.get(app, "federation", "/api/v1/quotes/" + number + "-x"), 404, "NOT_FOUND");

        assertEquals(
                "ACCEPTED",
                Http.json(BackOffice.post(app, "broker-li", "/api/v1/quotes/" + number + "/accept", ""))
                        .getString("status"));
        String orderBody = "{" + PublicApiErrorsIT.ADDRESS + ", \"paymentMethod\": \"BANK_TRANSFER\"}";
        ApiErrors.assertError(
                BackOffice.post(app, "broker-li", "/api/v1/quotes/" + number + "/order", orderBody),
                409,
                "OUT_OF_STOCK",
                "lines[0].quantity");

        // the cooperative makes the 300 pieces (one trained woman's batch), then the quote becomes an order
        String artisan = trainedArtisanFor(product.getString("craft"));
        HttpResponse<String> batch = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/production-batches",
                "{\"productId\": \"" + id + "\", \"artisanId\": \"" + artisan
                        + "\", \"quantity\": 300, \"madeOn\": \"2026-11-20\"}");
        assertEquals(201, batch.statusCode(), batch.body());
        HttpResponse<String> ordered =
                BackOffice.post(app, "broker-li", "/api/v1/quotes/" + number + "/order", orderBody);
        assertEquals(201, ordered.statusCode(), ordered.body());
        JsonObject order = Http.json(ordered);
        assertEquals("ORDERED", order.getJsonObject("quote").getString("status"));
        assertEquals("AWAITING_PAYMENT", order.getString("status"));
        long expectedFen = 300 * fen(wholesale(product));
        assertTrue(fen(order.getString("total")) >= expectedFen, order.toString());
        JsonObject desk = Http.json(BackOffice.get(app, "broker-li", "/api/v1/desk"));
        assertTrue(desk.getJsonArray("mine").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("number").equals(order.getString("orderNumber"))));
        ApiErrors.assertError(
                BackOffice.post(app, "broker-li", "/api/v1/quotes/" + number + "/order", orderBody),
                409,
                "INVALID_STATE");
    }

    private JsonObject ningyuanProduct(int minimumAvailable) {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        return Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= minimumAvailable)
                .filter(p -> fen(p.getString("price")) >= 2000)
                .findFirst()
                .orElseThrow();
    }

    private String trainedArtisanFor(String craft) {
        return Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans")).stream()
                .filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("craft").equals(craft)))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    /** 80 % of the list price, whole yuan. */
    private static String wholesale(JsonObject product) {
        return (fen(product.getString("price")) * 80 / 100 / 100) + ".00";
    }

    private static long fen(String decimal) {
        return new java.math.BigDecimal(decimal).movePointRight(2).longValueExact();
    }

    private HttpResponse<String> postWithKey(String user, String path, String body, String key) {
        return Http.post(
                app.uri("admin" + path),
                "application/json",
                body,
                "Authorization",
                BackOffice.basic(user, BackOffice.DEMO_PASSWORD),
                "Idempotency-Key",
                key);
    }

    private HttpResponse<String> put(String user, String path, String body) {
        return Http.send(HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", BackOffice.basic(user, BackOffice.DEMO_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
