package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** POST /api/v1/orders/{number}/cancel: the token's holder cancels an unpaid order, never a paid one. */
class OrderCancelApiIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void theHolderOfTheTokenCancelsAnUnpaidOrderOnceAndItsPiecesAreBack() {
        String productId = productInStock();
        JsonObject order = place(productId);
        String number = order.getString("number");
        int held = available(productId);

        HttpResponse<String> anonymous =
                Http.post(app.uri("api/v1/orders/" + number + "/cancel"), "application/json", "");
        ApiErrors.assertError(anonymous, 401, "UNAUTHORIZED");
        assertEquals(
                "Bearer",
                anonymous.headers().firstValue("WWW-Authenticate").orElse(null),
                "the refusal names the scheme the token is sent in");
        ApiErrors.assertError(cancel(number, "not-its-token"), 404, "NOT_FOUND");
        assertEquals(held, available(productId), "refusals change nothing");

        HttpResponse<String> cancelled = cancel(number, order.getString("accessToken"));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonObject answer = Http.json(cancelled);
        assertEquals("CANCELLED", answer.getString("status"));
        assertTrue(
                answer.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                        .allMatch(p -> p.getString("status").equals("CANCELLED")),
                answer.toString());
        assertEquals(held + 1, available(productId));

        ApiErrors.assertError(cancel(number, order.getString("accessToken")), 409, "INVALID_STATE");
        assertEquals(held + 1, available(productId), "released once");
    }

    @Test
    void aPaidOrderIsNotCancelledByItsBuyer() {
        JsonObject order = place(productInStock());
        String number = order.getString("number");
        HttpResponse<String> paid = BackOffice.post(
                app,
                "federation",
                "/api/v1/orders/" + number + "/payment-received",
                "{\"amount\": \"" + order.getString("total")
                        + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-29\"}");
        assertEquals(200, paid.statusCode(), paid.body());

        HttpResponse<String> refused = cancel(number, order.getString("accessToken"));
        ApiErrors.assertError(refused, 409, "INVALID_STATE");
        assertTrue(Http.json(refused).getString("message").contains("PAID"), refused.body());
        assertEquals(
                "PAID",
                Http.json(Http.get(
                                app.uri("api/v1/orders/" + number),
                                "Authorization",
                                "Bearer " + order.getString("accessToken")))
                        .getString("status"));
    }

    private JsonObject place(String productId) {
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "cancel-api-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed);
    }

    private HttpResponse<String> cancel(String number, String token) {
        return Http.post(
                app.uri("api/v1/orders/" + number + "/cancel"),
                "application/json",
                "",
                "Authorization",
                "Bearer " + token);
    }

    private int available(String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }

    private String productInStock() {
        return Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 2)
                .findFirst()
                .orElseThrow()
                .getString("id");
    }
}
