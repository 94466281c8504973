package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad request to the public API gets its JSON error, never HTML, a 500 or a stack trace. */
class PublicApiErrorsIT {

    private final RunningApp app = RunningApp.get();
    private final URI orders = app.uri("api/v1/orders");

    static final String CONTACT = "\"contact\": {\"name\": \"王芳\", \"phone\": \"13912345678\"}";
    static final String ADDRESS =
            "\"shippingAddress\": {\"province\": \"甘肃省\", \"city\": \"金昌市\", \"line\": \"北京路 18 号\"}";

    private HttpResponse<String> placeOrder(String body) {
        return Http.post(orders, "application/json", body, "Idempotency-Key", "err-" + System.nanoTime());
    }

    private static String order(String lines) {
        return "{\"lines\": " + lines + ", " + CONTACT + ", " + ADDRESS + ", \"paymentMethod\": \"BANK_TRANSFER\"}";
    }

    @Test
    void anOrderWithoutIdempotencyKeyIsRefused() {
        assertError(
                Http.post(orders, "application/json", order("[{\"productId\": \"1\", \"quantity\": 1}]")),
                400,
                "VALIDATION",
                "Idempotency-Key");
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        assertError(placeOrder("{\"lines\": [ {\"productId\": "), 400, "MALFORMED_JSON");
        assertError(placeOrder("this is not json"), 400, "MALFORMED_JSON");
    }

    @Test
    void aBodyThatIsNotAnObjectOrIsEmptyIsInvalid() {
        assertError(placeOrder("[]"), 400, "VALIDATION", "body");
        assertError(placeOrder(""), 400, "VALIDATION", "body");
    }

    @Test
    void aWrongContentTypeIs415() {
        assertError(
                Http.post(orders, "text/plain", order("[]"), "Idempotency-Key", "ct"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aWrongMethodIs405() {
        assertError(Http.method(app.uri("api/v1/products"), "DELETE"), 405, "METHOD_NOT_ALLOWED");
        assertError(Http.method(orders, "PUT"), 405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "quantity {0}")
    @CsvSource(
            delimiter = '|',
            value = {"0", "-1", "1000", "1.5", "1e30", "99999999999999999999999", "\"two\"", "null", "true"})
    void aBadQuantityIsNamedByItsPath(String quantity) {
        assertError(
                placeOrder(order("[{\"productId\": \"1\", \"quantity\": 1}, {\"productId\": \"2\", \"quantity\": "
                        + quantity + "}]")),
                400,
                "VALIDATION",
                "lines[1].quantity");
    }

    @Test
    void malformedProductIdsAreNamedByTheirPath() {
        assertError(
                placeOrder(
                        order(
                                "[{\"productId\": \"abc\", \"quantity\": 1}, {\"quantity\": 1}, {\"productId\": 1.5, \"quantity\": 1}]")),
                400,
                "VALIDATION",
                "lines[0].productId",
                "lines[1].productId",
                "lines[2].productId");
    }

    @Test
    void aProductThatIsNotForSaleIsNamedByItsPath() {
        assertError(
                placeOrder(order("[{\"productId\": \"99999999\", \"quantity\": 1}]")),
                400,
                "VALIDATION",
                "lines[0].productId");
    }

    @Test
    void twoLettersThatNameNoCountryAreRefusedAtShippingAddressCountry() {
        String body = "{\"lines\": [{\"productId\": \"1\", \"quantity\": 1}], " + CONTACT
                + ", \"shippingAddress\": {\"country\": \"ZZ\", \"province\": \"Bayern\", \"city\": \"München\","
                + " \"line\": \"Marienplatz 1\"}, \"paymentMethod\": \"BANK_TRANSFER\"}";
        JsonObject error = assertError(placeOrder(body), 400, "VALIDATION", "shippingAddress.country");
        assertTrue(error.toString().contains("not a country"), error.toString());
    }

    @Test
    void everyMissingOrMalformedFieldIsReportedAtOnce() {
        String body = "{\"lines\": [], \"contact\": {\"name\": \"\", \"phone\": \"12345\", \"email\": \"not-mail\"},"
                + " \"shippingAddress\": {\"country\": \"China\", \"province\": 7, \"line\": \"\"}, \"paymentMethod\": \"BITCOIN\"}";
        assertError(
                placeOrder(body),
                400,
                "VALIDATION",
                "lines",
                "contact.name",
                "contact.phone",
                "contact.email",
                "shippingAddress.country",
                "shippingAddress.province",
                "shippingAddress.city",
                "shippingAddress.line",
                "paymentMethod");
    }

    @Test
    void missingSectionsAreNamed() {
        assertError(placeOrder("{}"), 400, "VALIDATION", "lines", "contact", "shippingAddress", "paymentMethod");
        assertError(
                placeOrder("{\"lines\": {}, \"contact\": [], \"shippingAddress\": \"x\", \"paymentMethod\": 1}"),
                400,
                "VALIDATION",
                "lines",
                "contact",
                "shippingAddress",
                "paymentMethod");
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() {
        assertError(
                Http.post(orders, "application/json", order("[]"), "Idempotency-Key", "k".repeat(201)),
                400,
                "VALIDATION",
                "Idempotency-Key");
    }

    @ParameterizedTest
    @CsvSource({"page,-1", "page,abc", "size,0", "size,101", "size,ten", "cooperative,x1"})
    void badPagingOrFiltersAre400(String parameter, String value) {
        assertError(Http.get(app.uri("api/v1/products?" + parameter + "=" + value)), 400, "VALIDATION", parameter);
    }

    @Test
    void everyWrongSearchParameterIsNamedInOneAnswer() {
        assertError(
                Http.get(app.uri("api/v1/products?minPrice=-1&sort=foo&size=0")),
                400,
                "VALIDATION",
                "minPrice",
                "sort",
                "size");
        assertError(
                Http.get(app.uri("api/v1/products?page=x&size=101&inStock=maybe&cooperative=c&maxPrice=1.001")),
                400,
                "VALIDATION",
                "page",
                "size",
                "inStock",
                "cooperative",
                "maxPrice");
    }

    @Test
    void anUnknownCraftIsRefusedAndAKnownOneIsNot() {
        assertError(Http.get(app.uri("api/v1/products?craft=no-such-craft")), 400, "VALIDATION", "craft");
        assertError(Http.get(app.uri("api/v1/products?craft=SACHET&sort=foo")), 400, "VALIDATION", "craft", "sort");
        HttpResponse<String> sachets = Http.get(app.uri("api/v1/products?craft=sachet"));
        assertEquals(200, sachets.statusCode(), sachets.body());
    }

    @Test
    void aPagePastTheLastOneIsEmptyAndKeepsTheTotal() {
        int total = Http.json(Http.get(app.uri("api/v1/products?size=1"))).getInt("total");
        var past = Http.json(Http.get(app.uri("api/v1/products?size=10&page=" + (total / 10 + 5))));
        assertEquals(0, past.getJsonArray("items").size(), past.toString());
        assertEquals(total, past.getInt("total"), past.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "api/v1/products/abc",
        "api/v1/products/0",
        "api/v1/products/99999999",
        "api/v1/products/99999999999999999999999",
        "api/v1/trace/NOPE",
        "api/v1/trace/ABCDEFGHJK"
    })
    void unknownThingsAreJson404(String path) {
        assertError(Http.get(app.uri(path)), 404, "NOT_FOUND");
    }

    @Test
    void readingAnOrderNeedsItsToken() {
        assertError(Http.get(app.uri("api/v1/orders/LY261129-ABCDEF")), 401, "UNAUTHORIZED");
        assertError(
                Http.get(app.uri("api/v1/orders/LY261129-ABCDEF"), "Authorization", "Bearer wrong"), 404, "NOT_FOUND");
    }
}
