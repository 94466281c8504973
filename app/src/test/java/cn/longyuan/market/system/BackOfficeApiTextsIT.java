package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The back-office API answers the notes services store in English also in the asked language (issue 17): a desk
 * note's {@code noteText} and a refund's {@code reasonText} follow {@code ?lang=} or Accept-Language, beside the
 * stored {@code text} and {@code reason}; a person's own words stay as written in both.
 */
class BackOfficeApiTextsIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void deskNotesAndRefundReasonsComeInTheAskedLanguage() {
        String[] paid = ReturnsIT.paidOrder(app, "api-texts-");
        String refunded = paid[0];
        String productId = paid[2];

        HttpResponse<String> refund = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + refunded + "/refunds?lang=en",
                "{\"lines\": [{\"productId\": \"" + productId + "\", \"quantity\": 1}], \"reason\": \"盒子压坏了\"}");
        assertEquals(201, refund.statusCode(), refund.body());
        assertEquals("盒子压坏了", Http.json(refund).getString("reason"));
        assertEquals("盒子压坏了", Http.json(refund).getString("reasonText"), "her own words as written");

        // the refunded piece is back in stock: an unpaid order of it, claimed by broker-li, then a note of hers
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "api-texts-unpaid-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getString("number");
        HttpResponse<String> claimed = BackOffice.post(app, "broker-li", "/api/v1/desk/" + number + "/claim", "");
        assertEquals(200, claimed.statusCode(), claimed.body());
        HttpResponse<String> noted = BackOffice.post(
                app, "broker-li", "/api/v1/desk/" + number + "/notes?lang=zh", "{\"text\": \"called her: call back\"}");
        assertEquals(201, noted.statusCode(), noted.body());
        assertEquals("called her: call back", Http.json(noted).getString("noteText"), "a broker's note as written");

        JsonObject zh =
                claim(Http.jsonArray(BackOffice.get(app, "broker-li", "/api/v1/desk/" + number + "/notes?lang=zh")));
        assertEquals("claimed by broker-li", zh.getString("text"), "stored as written");
        assertEquals("broker-li 认领了订单", zh.getString("noteText"));

        JsonObject en = claim(Http.jsonArray(Http.get(
                app.uri("admin/api/v1/desk/" + number + "/notes"),
                "Authorization",
                BackOffice.basic("broker-li", BackOffice.DEMO_PASSWORD),
                "Accept-Language",
                "en-GB,en;q=0.9")));
        assertEquals("claimed by broker-li", en.getString("noteText"), "Accept-Language when no ?lang");

        JsonObject nothingSaid = claim(Http.jsonArray(Http.get(
                app.uri("admin/api/v1/desk/" + number + "/notes"),
                "Authorization",
                BackOffice.basic("broker-li", BackOffice.DEMO_PASSWORD))));
        assertEquals("broker-li 认领了订单", nothingSaid.getString("noteText"), "Chinese when nothing is asked");
    }

    private static JsonObject claim(List<JsonObject> notes) {
        return notes.stream()
                .filter(n -> n.getString("kind").equals("CLAIMED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim note: " + notes));
    }
}
