package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A gift order over the public API: its message is kept and answered, a bad message is refused naming
 * {@code gift.message}, and the cooperative's packing slip of it carries the message and no price.
 */
class GiftOrderIT {

    private final RunningApp app = RunningApp.get();

    /** The Ningyuanpu cooperative's product with the most pieces: coop-ningyuan prints its slip. */
    private JsonObject ningyuanProduct() {
        return Http.json(Http.get(app.uri("api/v1/products?size=100&inStock=true")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getJsonObject("cooperative").getString("name").contains("宁远堡"))
                .max(Comparator.comparingInt(p -> p.getInt("available")))
                .orElseThrow();
    }

    private static String body(String productId, String gift) {
        String plain = PublicApiIT.orderBody(productId, 1, "CASH_ON_DELIVERY");
        return gift == null ? plain : plain.substring(0, plain.lastIndexOf('}')) + ", \"gift\": " + gift + "}";
    }

    private HttpResponse<String> place(String body) {
        return Http.post(
                app.uri("api/v1/orders"), "application/json", body, "Idempotency-Key", "it-gift-" + System.nanoTime());
    }

    private String slipText(String number) throws Exception {
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.uri("admin/api/v1/orders/" + number + "/packing-slip"))
                                .header("Authorization", BackOffice.basic("coop-ningyuan", BackOffice.DEMO_PASSWORD))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void aGiftOrderKeepsItsMessageAndItsSlipShowsItWithoutPrices() throws Exception {
        JsonObject product = ningyuanProduct();
        HttpResponse<String> created = place(
                body(product.getString("id"), "{\"message\": \"Happy birthday, Auntie Li! <i>love</i>\\n生日快乐\"}"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject order = Http.json(created);
        assertEquals(
                "Happy birthday, Auntie Li! <i>love</i>\n生日快乐",
                order.getJsonObject("gift").getString("message"));

        HttpResponse<String> read = Http.get(
                app.uri("api/v1/orders/" + order.getString("number")),
                "Authorization",
                "Bearer " + order.getString("accessToken"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(
                "Happy birthday, Auntie Li! <i>love</i>\n生日快乐",
                Http.json(read).getJsonObject("gift").getString("message"));

        String slip = slipText(order.getString("number"));
        assertTrue(slip.contains("Happy birthday, Auntie Li!"), slip);
        assertTrue(slip.contains("Gift"), slip);
        String price = order.getJsonArray("lines").getJsonObject(0).getString("unitPrice");
        assertFalse(slip.contains(price), "no unit price " + price + " on a gift's slip:\n" + slip);
        assertFalse(slip.contains(order.getString("total")), "no total on a gift's slip:\n" + slip);
        assertFalse(slip.matches("(?s).*\\d+\\.\\d\\d.*"), "no amount at all:\n" + slip);

        // the cooperative's order page shows it, as text
        HttpResponse<String> page =
                BackOffice.session(app, "coop-ningyuan").get("/fulfil.xhtml?number=" + order.getString("number"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Happy birthday, Auntie Li! &lt;i&gt;love&lt;/i&gt;"), page.body());
        assertFalse(page.body().contains("<i>love</i>"), "buyer text is never markup");

        // a gift without a message is a gift; an order without one is not
        HttpResponse<String> silent = place(body(product.getString("id"), "{}"));
        assertEquals(201, silent.statusCode(), silent.body());
        assertEquals(0, Http.json(silent).getJsonObject("gift").size());
        HttpResponse<String> plain = place(body(product.getString("id"), null));
        assertEquals(201, plain.statusCode(), plain.body());
        assertFalse(Http.json(plain).containsKey("gift"), plain.body());
        assertFalse(slipText(Http.json(plain).getString("number")).contains("Gift"));
    }

    @Test
    void aBadGiftMessageIsRefusedNamingItsFieldAndNothingIsReserved() {
        JsonObject product = ningyuanProduct();
        String id = product.getString("id");
        int before = Http.json(Http.get(app.uri("api/v1/products/" + id))).getInt("available");

        assertError(place(body(id, "{\"message\": \"" + "福".repeat(201) + "\"}")), 400, "VALIDATION", "gift.message");
        assertError(place(body(id, "{\"message\": \"bell\\u0007\"}")), 400, "VALIDATION", "gift.message");
        assertError(place(body(id, "{\"message\": 42}")), 400, "VALIDATION", "gift.message");
        assertError(place(body(id, "\"yes\"")), 400, "VALIDATION", "gift");
        assertError(place(body(id, "{\"note\": \"hi\"}")), 400, "VALIDATION", "gift.note");

        assertEquals(
                before, Http.json(Http.get(app.uri("api/v1/products/" + id))).getInt("available"), "nothing reserved");
    }
}
