package cn.longyuan.market.system;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every back-office call and page ({@link BackOfficeCall}, the application's own list) × every role and no
 * login × the caller's own and another cooperative's thing. A call added to the list is covered here
 * without editing this test.
 */
class AuthorizationMatrixIT {

    private static final RunningApp app = RunningApp.get();
    /** A subject of the matrix: its user name (null: nobody logged in) and role. */
    private record Subject(String user, String role) {
    }

    private static final List<Subject> SUBJECTS = List.of(new Subject(null, null), new Subject("federation", "FEDERATION"),
            new Subject("coop-ningyuan", "COOP_MANAGER"), new Subject("broker-li", "BROKER"), new Subject("buyer-wang", "BUYER"));

    private static String untrainedArtisan;
    private static String ownProduct;
    private static String otherProduct;
    private static String ownOrder;
    private static String otherOrder;
    private static String brokerOrder;
    /** broker-li's expired demo quote (nothing can change it) and another broker's. */
    private static String ownQuote;
    private static String otherQuote;
    /** own (coop-ningyuan's) and other (another cooperative's) artisan, batch and cooperative-held course */
    private static final Map<String, String> ownIds = new java.util.HashMap<>();
    private static final Map<String, String> otherIds = new java.util.HashMap<>();
    private static final Map<String, BackOffice.Session> sessions = new java.util.HashMap<>();

    @BeforeAll
    static void fixtures() {
        List<JsonObject> ownArtisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String ningyuanId = ownArtisans.get(0).getJsonObject("cooperative").getString("id");
        List<JsonObject> products = Http.json(Http.get(app.uri("api/v1/products?size=100"))).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject own = products.stream().filter(p -> p.getJsonObject("cooperative").getString("id").equals(ningyuanId)
                && p.getInt("available") > 0).findFirst().orElseThrow();
        ownProduct = own.getString("id");
        untrainedArtisan = ownArtisans.stream().filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getString("craft").equals(own.getString("craft")))).findFirst().orElseThrow().getString("id");
        otherProduct = products.stream().filter(p -> !p.getJsonObject("cooperative").getString("id").equals(ningyuanId)
                && p.getInt("available") > 0).findFirst().orElseThrow().getString("id");
        ownOrder = place(ownProduct);
        otherOrder = place(otherProduct);
        brokerOrder = Http.json(BackOffice.get(app, "broker-li", "/api/v1/orders")).getJsonArray("items")
                .getJsonObject(0).getString("number");
        List<JsonObject> quotes = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/quotes"));
        ownQuote = quotes.stream().filter(q -> q.getString("broker").equals("broker-li") && q.getBoolean("expired"))
                .findFirst().orElseThrow().getString("number");
        otherQuote = quotes.stream().filter(q -> !q.getString("broker").equals("broker-li")).findFirst().orElseThrow()
                .getString("number");
        List<JsonObject> allArtisans = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/artisans"));
        ownIds.put("{artisan}", ownArtisans.get(0).getString("id"));
        ownIds.put("{cooperative}", ningyuanId);
        otherIds.put("{cooperative}", ningyuanId);
        otherIds.put("{artisan}", allArtisans.stream().filter(a -> !a.getJsonObject("cooperative").getString("id").equals(ningyuanId))
                .findFirst().orElseThrow().getString("id"));
        List<JsonObject> batches = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/production-batches"));
        ownIds.put("{batch}", batches.stream().filter(b -> b.getString("cooperativeId").equals(ningyuanId)).findFirst().orElseThrow().getString("id"));
        otherIds.put("{batch}", batches.stream().filter(b -> !b.getString("cooperativeId").equals(ningyuanId)).findFirst().orElseThrow().getString("id"));
        List<JsonObject> courses = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/training-courses"));
        ownIds.put("{course}", courses.stream().filter(c -> ningyuanId.equals(c.getString("cooperativeId", null))).findFirst().orElseThrow().getString("id"));
        otherIds.put("{course}", courses.stream().filter(c -> !c.isNull("cooperativeId") && !ningyuanId.equals(c.getString("cooperativeId")))
                .findFirst().orElseThrow().getString("id"));
        // brokers' commissions: broker-li's own, and the second demo broker's
        ownIds.put("{broker}", "broker-li");
        otherIds.put("{broker}", "broker-zhao");
        // piecework dispatch: broker-li's work order with a task for a Ningyuan woman (own for coop-ningyuan and
        // broker-li), and Shuangwan's own work order with a task for one of its women (neither may reach it)
        String[] brokers = workOrderWithTask("broker-li", ownProduct, ningyuanId);
        ownIds.put("{workOrder}", brokers[0]);
        ownIds.put("{task}", brokers[1]);
        List<JsonObject> shuangwanArtisans = Http.jsonArray(BackOffice.get(app, "coop-shuangwan", "/api/v1/artisans"));
        String shuangwanId = shuangwanArtisans.get(0).getJsonObject("cooperative").getString("id");
        String shuangwanProduct = products.stream().filter(p -> p.getJsonObject("cooperative").getString("id").equals(shuangwanId)
                && p.getInt("available") > 0).findFirst().orElseThrow().getString("id");
        String[] shuangwans = workOrderWithTask("coop-shuangwan", shuangwanProduct, shuangwanId);
        otherIds.put("{workOrder}", shuangwans[0]);
        otherIds.put("{task}", shuangwans[1]);
        for (Subject subject : SUBJECTS) {
            if (subject.user() != null) {
                sessions.put(subject.user(), BackOffice.session(app, subject.user()));
            }
        }
    }

    /** A work order of the user's for 10 pieces of the product, with a 5-piece task for a trained woman of the cooperative. */
    private static String[] workOrderWithTask(String user, String productId, String cooperativeId) {
        HttpResponse<String> opened = BackOffice.post(app, user, "/api/v1/work-orders",
                "{\"productId\": \"" + productId + "\", \"quantity\": 10}");
        assertEquals(201, opened.statusCode(), opened.body());
        String number = Http.json(opened).getString("number");
        String artisan = Http.jsonArray(BackOffice.get(app, user, "/api/v1/work-orders/" + number + "/candidates")).stream()
                .filter(c -> c.getJsonObject("cooperative").getString("id").equals(cooperativeId)).findFirst().orElseThrow()
                .getString("artisanId");
        HttpResponse<String> task = BackOffice.post(app, user, "/api/v1/work-orders/" + number + "/tasks",
                "{\"artisanId\": \"" + artisan + "\", \"quantity\": 5, \"pieceRate\": \"3.00\", \"dueOn\": \"2099-12-31\"}");
        assertEquals(201, task.statusCode(), task.body());
        return new String[]{number, Http.json(task).getString("id")};
    }

    private static String place(String productId) {
        HttpResponse<String> placed = Http.post(app.uri("api/v1/orders"), "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"), "Idempotency-Key", "matrix-" + productId + "-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getString("number");
    }

    @TestFactory
    List<DynamicTest> everyCallEveryRoleOwnAndOtherCooperative() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BackOfficeCall call : BackOfficeCall.values()) {
            for (Subject subject : SUBJECTS) {
                List<Boolean> targets = call.scope() == BackOfficeCall.Scope.NONE ? List.of(true) : List.of(true, false);
                for (boolean own : targets) {
                    String name = call + " as " + (subject.user() == null ? "nobody" : subject.user())
                            + (call.scope() == BackOfficeCall.Scope.NONE ? "" : own ? " on own" : " on other");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(call, subject, own)));
                }
            }
        }
        return tests;
    }

    private void check(BackOfficeCall call, Subject subject, boolean own) {
        String path = call.path().replace("{product}", own ? ownProduct : otherProduct)
                .replace("{order}", orderFor(subject, own)).replace("{quote}", own ? ownQuote : otherQuote);
        for (Map.Entry<String, String> id : (own ? ownIds : otherIds).entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        String body = call.example() == null ? null : call.example().replace("{product}", own ? ownProduct : otherProduct)
                .replace("{untrainedArtisan}", untrainedArtisan).replace("{broker}", own ? "broker-li" : "broker-zhao");
        HttpResponse<String> response = send(call, subject, path, body);
        int status = response.statusCode();
        String seen = call + " " + path + " as " + subject.user() + ": " + status + " " + response.body();

        if (subject.user() == null) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 401, "UNAUTHORIZED", seen);
            } else {
                assertEquals(302, status, seen);
                assertTrue(response.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml"), seen);
            }
            return;
        }
        if (!call.roles().contains(subject.role())) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 403, "FORBIDDEN", seen);
            } else {
                assertEquals(403, status, seen);
            }
            return;
        }
        assertTrue(status < 500, seen);
        assertFalse(Set.of(401, 403).contains(status), seen);
        boolean confined = (subject.role().equals("COOP_MANAGER") && call.scope() != BackOfficeCall.Scope.NONE)
                || (subject.role().equals("BROKER") && (call.scope() == BackOfficeCall.Scope.ORDER
                        || call.scope() == BackOfficeCall.Scope.QUOTE || call.scope() == BackOfficeCall.Scope.BROKER
                        || call.scope() == BackOfficeCall.Scope.WORK_ORDER));
        if (call.scope() == BackOfficeCall.Scope.NONE && call.example() == null) {
            assertEquals(200, status, seen);
        } else if (call.scope() == BackOfficeCall.Scope.NONE) {
            // a change whose example the business rules refuse (nothing created): reached, and answered
            assertFalse(status == 404, seen);
        } else if (!own && confined) {
            if (call.kind() == BackOfficeCall.Kind.API) {
                assertJsonError(response, 404, "NOT_FOUND", seen);
            } else {
                assertEquals(404, status, seen);
            }
        } else {
            assertFalse(status == 404, seen);
        }
    }

    private static String orderFor(Subject subject, boolean own) {
        if ("BROKER".equals(subject.role())) {
            return own ? brokerOrder : ownOrder;
        }
        return own ? ownOrder : otherOrder;
    }

    private static HttpResponse<String> send(BackOfficeCall call, Subject subject, String path, String body) {
        if (call.kind() == BackOfficeCall.Kind.PAGE) {
            BackOffice.Session session = subject.user() == null ? new BackOffice.Session(app) : sessions.get(subject.user());
            return session.get(path);
        }
        String[] auth = subject.user() == null ? new String[0]
                : new String[]{"Authorization", BackOffice.basic(subject.user(), BackOffice.DEMO_PASSWORD)};
        if ("GET".equals(call.method())) {
            return Http.get(app.uri("admin" + path), auth);
        }
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(call.method(), java.net.http.HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (auth.length > 0) {
            request.headers(auth);
        }
        return Http.send(request.build());
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code, String seen) {
        assertEquals(status, response.statusCode(), seen);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), seen);
        assertEquals(code, Http.json(response).getString("error"), seen);
        ApiErrors.assertNoStackTrace(response);
    }
}
