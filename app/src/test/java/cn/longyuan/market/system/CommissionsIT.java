package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Brokers' commissions over the back-office API: broker-li's demo order and a new sale of hers at the rate the
 * federation set, visible to her and to federation staff, never to the other demo broker (broker-zhao).
 */
class CommissionsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final RunningApp app = RunningApp.get();

    @Test
    void brokerLisCommissionsAreHersAloneAndASaleEarnsTheRateTheFederationSet() throws Exception {
        YearMonth month = YearMonth.now(CHINA);

        // the demo: broker-li's order over both cooperatives was paid, so its sales carry her commission
        JsonObject demo = ledger("broker-li", "/api/v1/commissions?month=" + month);
        assertEquals("broker-li", demo.getString("broker"));
        List<JsonObject> demoOrders = demo.getJsonArray("orders").getValuesAs(JsonObject.class);
        assertTrue(!demoOrders.isEmpty(), demo.toString());
        for (JsonObject order : demoOrders) {
            BigDecimal sales = new BigDecimal(order.getString("sales"));
            BigDecimal commission = new BigDecimal(order.getString("commission"));
            assertTrue(commission.signum() > 0 && commission.compareTo(sales) < 0, order.toString());
        }
        String demoOrder = demoOrders.get(0).getString("number");

        // the federation gives her 15.5 % on everything; she takes a phone order, the cooperative ships it (cash on
        // delivery)
        HttpResponse<String> rules =
                put("federation", "/api/v1/commission-rules/broker-li", "{\"rules\": [{\"basisPoints\": 1550}]}");
        assertEquals(200, rules.statusCode(), rules.body());
        assertEquals(
                1550, Http.json(rules).getJsonArray("rules").getJsonObject(0).getInt("basisPoints"));
        assertEquals(
                1550,
                Http.json(BackOffice.get(app, "broker-li", "/api/v1/commission-rules/broker-li"))
                        .getJsonArray("rules")
                        .getJsonObject(0)
                        .getInt("basisPoints"),
                "she reads her own rate");
        ApiErrors.assertError(
                BackOffice.get(app, "broker-zhao", "/api/v1/commission-rules/broker-li"), 404, "NOT_FOUND");

        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= 1)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> placed = Http.post(
                app.uri("admin/api/v1/desk/orders"),
                "application/json",
                PublicApiIT.orderBody(product.getString("id"), 1, "CASH_ON_DELIVERY"),
                "Authorization",
                BackOffice.basic("broker-li", BackOffice.DEMO_PASSWORD),
                "Idempotency-Key",
                "commission-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getJsonObject("order").getString("number");
        HttpResponse<String> shipped = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + number + "/shipments",
                "{\"carrier\": \"中国邮政 EMS\", \"trackingNumber\": \"EA" + (System.nanoTime() % 1_000_000_000L)
                        + "CN\"}");
        assertEquals(200, shipped.statusCode() / 100 * 100, shipped.body());

        // this month, or the next when this one was closed meanwhile (a sale after the settlement is carried over)
        JsonObject sold = orderIn("broker-li", number, month)
                .orElseThrow(() -> new AssertionError("no commission for " + number));
        long priceFen =
                new BigDecimal(product.getString("price")).movePointRight(2).longValueExact();
        assertEquals(new BigDecimal(product.getString("price")), new BigDecimal(sold.getString("sales")));
        assertEquals(
                BigDecimal.valueOf(priceFen * 1550 / 10_000, 2),
                new BigDecimal(sold.getString("commission")),
                "15.5 % of " + product.getString("price") + ", rounded down to the fen");

        // federation staff see it; the other broker sees neither it nor the demo order, and cannot ask for hers
        assertTrue(orderIn("federation", number, month).isPresent());
        JsonObject zhaos = Http.json(BackOffice.get(app, "broker-zhao", "/api/v1/commissions?month=" + month));
        assertEquals(
                List.of("broker-zhao"),
                zhaos.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("broker"))
                        .toList());
        String zhaosText = zhaos.toString();
        assertTrue(!zhaosText.contains(number) && !zhaosText.contains(demoOrder), zhaosText);
        ApiErrors.assertError(
                BackOffice.get(app, "broker-zhao", "/api/v1/commissions?month=" + month + "&broker=broker-li"),
                404,
                "NOT_FOUND");
        ApiErrors.assertError(
                BackOffice.get(
                        app, "broker-zhao", "/api/v1/commissions/statement.pdf?month=" + month + "&broker=broker-li"),
                404,
                "NOT_FOUND");
        JsonObject all = Http.json(BackOffice.get(app, "federation", "/api/v1/commissions?month=" + month));
        List<String> brokers = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("broker"))
                .toList();
        assertTrue(brokers.containsAll(List.of("broker-li", "broker-zhao")), brokers.toString());

        // her statement of the month is a PDF with her total
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.uri("admin/api/v1/commissions/statement.pdf?month=" + month))
                                .header("Authorization", BackOffice.basic("broker-li", BackOffice.DEMO_PASSWORD))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(
                text.contains(ledger("broker-li", "/api/v1/commissions?month=" + month)
                        .getString("total")),
                text);

        // settlements are checked: a month to come, a malformed month, nothing to settle for broker-zhao
        ApiErrors.assertError(
                BackOffice.post(
                        app,
                        "federation",
                        "/api/v1/commission-settlements",
                        "{\"broker\": \"broker-li\", \"month\": \"" + month.plusMonths(2) + "\"}"),
                400,
                "VALIDATION",
                "month");
        ApiErrors.assertError(
                BackOffice.post(
                        app,
                        "federation",
                        "/api/v1/commission-settlements",
                        "{\"broker\": \"broker-li\", \"month\": \"11/2026\"}"),
                400,
                "VALIDATION",
                "month");
        ApiErrors.assertError(
                BackOffice.post(
                        app,
                        "federation",
                        "/api/v1/commission-settlements",
                        "{\"broker\": \"broker-zhao\", \"month\": \"" + month + "\"}"),
                409,
                "INVALID_STATE");
        ApiErrors.assertError(
                put("federation", "/api/v1/commission-rules/broker-li", "{\"rules\": [{\"basisPoints\": 10001}]}"),
                400,
                "VALIDATION",
                "rules[0].basisPoints");
    }

    private JsonObject ledger(String user, String path) {
        HttpResponse<String> answer = BackOffice.get(app, user, path);
        assertEquals(200, answer.statusCode(), answer.body());
        List<JsonObject> items = Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), answer.body());
        return items.get(0);
    }

    private Optional<JsonObject> orderIn(String user, String number, YearMonth month) {
        for (YearMonth m : List.of(month, month.plusMonths(1))) {
            JsonObject ledger = ledger(user, "/api/v1/commissions?month=" + m + "&broker=broker-li");
            Optional<JsonObject> found = ledger.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("number").equals(number))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
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
