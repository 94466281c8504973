package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Logging in, the back-office API's rules, and the chain's gates as cooperative managers meet them. */
class BackOfficeIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aWrongPasswordIsRefusedOnTheApiAndOnTheLoginPage() {
        assertError(
                Http.get(
                        app.uri("admin/api/v1/orders"),
                        "Authorization",
                        BackOffice.basic("coop-ningyuan", "wrong-password")),
                401,
                "UNAUTHORIZED");
        assertError(
                Http.get(
                        app.uri("admin/api/v1/orders"),
                        "Authorization",
                        BackOffice.basic("nobody-at-all", "whatever-it-is")),
                401,
                "UNAUTHORIZED");
        assertError(
                Http.get(app.uri("admin/api/v1/orders"), "Authorization", "Basic not-base64!"), 401, "UNAUTHORIZED");

        BackOffice.Session session = new BackOffice.Session(app);
        HttpResponse<String> answer = session.login("coop-ningyuan", "wrong-password");
        assertEquals(200, answer.statusCode());
        assertTrue(
                answer.body().contains("用户名或密码不正确") || answer.body().contains("Wrong user name or password"),
                answer.body());
        assertEquals(302, session.get("/index.xhtml").statusCode());
    }

    @Test
    void loginRenewsTheSessionIdAndLogoutEndsTheSession() {
        BackOffice.Session session = new BackOffice.Session(app);
        session.get("/login.xhtml");
        String before = session.cookie("ADMINSESSION");
        assertNotNull(before, "the back office has its own session cookie");
        assertNull(session.cookie("JSESSIONID"));

        HttpResponse<String> login = session.login("coop-ningyuan", BackOffice.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertNotEquals(before, session.cookie("ADMINSESSION"), "a new session id at login");
        HttpResponse<String> dashboard = session.get("/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("coop-ningyuan"));

        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(dashboard.body());
        assertTrue(viewState.find());
        HttpResponse<String> logout = session.postForm(
                "/index.xhtml",
                Map.of("logout", "logout", "logout:submit", "", "jakarta.faces.ViewState", viewState.group(1)));
        assertEquals(302, logout.statusCode(), logout.body());
        assertEquals(302, session.get("/index.xhtml").statusCode(), "logged out");
    }

    @Test
    void thePageSessionNeverAuthenticatesTheApi() {
        BackOffice.Session session = BackOffice.session(app, "federation");
        assertEquals(200, session.get("/index.xhtml").statusCode());
        HttpResponse<String> api = session.get("/api/v1/orders");
        assertEquals(401, api.statusCode(), api.body());
    }

    @Test
    void privateDataOnlyForTheOwnManagerAndFederationWithTheIdNumberMasked() {
        // her own members' private data, where it was recorded (an artisan imported or entered without a phone or an
        // ID number has none), the ID number always masked
        List<JsonObject> own = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        assertTrue(
                own.stream()
                                .filter(a -> a.containsKey("phone") && a.containsKey("idNumber"))
                                .count()
                        >= 3,
                "the demo's members carry their phone and ID number: " + own);
        for (JsonObject artisan : own) {
            if (artisan.containsKey("idNumber")) {
                assertTrue(artisan.getString("idNumber").matches("\\d{4}\\*{10}\\d{3}[\\dX]"), artisan.toString());
            }
        }
        List<JsonObject> all = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/artisans"));
        assertTrue(all.stream()
                        .map(a -> a.getJsonObject("cooperative").getString("id"))
                        .distinct()
                        .count()
                >= 2);
        all.forEach(a -> assertTrue(a.containsKey("household"), a.toString()));
        HttpResponse<String> broker = BackOffice.get(app, "broker-li", "/api/v1/artisans");
        assertEquals(200, broker.statusCode());
        for (String privateField : List.of("phone", "idNumber", "household", "realName")) {
            assertFalse(broker.body().contains("\"" + privateField + "\""), privateField + " shown to a broker");
        }
    }

    @Test
    void onlyTrainedHandsRecordABatchAndItsTraceCodeOpensThePublicTracePage() {
        List<JsonObject> artisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String cooperative = artisans.get(0).getJsonObject("cooperative").getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + cooperative)))
                .getJsonArray("items")
                .getJsonObject(0);
        String craft = product.getString("craft");
        JsonObject trained =
                artisans.stream().filter(a -> hasCraft(a, craft)).findFirst().orElseThrow();
        JsonObject untrained =
                artisans.stream().filter(a -> !hasCraft(a, craft)).findFirst().orElseThrow();
        String body = "{\"productId\": \"%s\", \"artisanId\": \"%s\", \"quantity\": 4, \"madeOn\": \"2026-11-28\"}";

        assertError(
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/production-batches",
                        body.formatted(product.getString("id"), untrained.getString("id"))),
                422,
                "NOT_TRAINED",
                "artisanId");
        int before = Http.json(Http.get(app.uri("api/v1/products/" + product.getString("id"))))
                .getInt("available");

        HttpResponse<String> created = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/production-batches",
                body.formatted(product.getString("id"), trained.getString("id")));
        assertEquals(201, created.statusCode(), created.body());
        String code = Http.json(created).getString("traceCode");
        assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}"), code);
        assertEquals(
                before + 4,
                Http.json(Http.get(app.uri("api/v1/products/" + product.getString("id"))))
                        .getInt("available"));

        JsonObject trace = Http.json(Http.get(app.uri("api/v1/trace/" + code.toLowerCase())));
        assertEquals(
                trained.getString("displayName"), trace.getJsonObject("maker").getString("displayName"));
        assertEquals(4, trace.getInt("quantity"));
        assertFalse(trace.getJsonArray("trainings").isEmpty());
        trace.getJsonArray("trainings")
                .getValuesAs(JsonObject.class)
                .forEach(t -> assertEquals(craft, t.getString("craft")));

        assertError(
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/production-batches",
                        "{\"productId\": \"x\", \"quantity\": 1.5, \"madeOn\": \"yesterday\"}"),
                400,
                "VALIDATION",
                "productId",
                "artisanId",
                "quantity",
                "madeOn");
    }

    @Test
    void anOfflinePaymentMustMatchAndOnlyAPaidOrderShips() {
        List<JsonObject> artisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String cooperative = artisans.get(0).getJsonObject("cooperative").getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + cooperative)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 0)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product.getString("id"), 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "pay-" + System.nanoTime());
        JsonObject order = Http.json(placed);
        String number = order.getString("number");
        String ship = "{\"carrier\": \"顺丰速运\", \"trackingNumber\": \"SF1234567890\"}";

        assertError(
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/shipments", ship),
                409,
                "INVALID_STATE");
        assertError(
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/payment-received",
                        "{\"amount\": \"1.00\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-29\"}"),
                422,
                "AMOUNT_MISMATCH",
                "amount");
        assertError(
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/payment-received",
                        "{\"amount\": \"12.345\", \"method\": \"CASH\", \"receivedOn\": \"29/11/2026\"}"),
                400,
                "VALIDATION",
                "amount",
                "method",
                "receivedOn");

        HttpResponse<String> paid = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + number + "/payment-received",
                "{\"amount\": \"" + order.getString("total")
                        + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-29\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        assertEquals("PAID", Http.json(paid).getString("status"));

        HttpResponse<String> shipped =
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/shipments", ship);
        assertEquals(200, shipped.statusCode(), shipped.body());
        assertEquals("SHIPPED", Http.json(shipped).getString("status"));
        assertError(
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/shipments", ship),
                409,
                "INVALID_STATE");

        JsonObject followed = Http.json(Http.get(
                app.uri("api/v1/orders/" + number), "Authorization", "Bearer " + order.getString("accessToken")));
        JsonObject shipment = followed.getJsonArray("parts")
                .getJsonObject(0)
                .getJsonArray("shipments")
                .getJsonObject(0);
        assertEquals("SF1234567890", shipment.getString("trackingNumber"));
        assertEquals("SHIPPED", followed.getString("status"));
    }

    private static boolean hasCraft(JsonObject artisan, String craft) {
        return artisan.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("craft").equals(craft));
    }
}
