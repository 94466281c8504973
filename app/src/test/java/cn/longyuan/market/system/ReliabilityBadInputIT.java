package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input battery over the APIs: every back-office REST call ({@link BackOfficeCall}, the application's own list,
 * so a new call is covered without editing this test) and every public one, sent what a hostile client sends — deep
 * JSON, NUL and control characters, bodies of 2 MB, wrong types, huge numbers, unknown and repeated fields, hostile path
 * segments and query values, a wrong content type. No answer is 500 or more; every refusal is the APIs' JSON error.
 * The forms of the pages get theirs in {@link ReliabilityBadFormInputIT}. Its own instance: some of it changes data.
 */
class ReliabilityBadInputIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");
    private static RunningApp app;
    private static BackOfficeFixtures fixtures;
    private static final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private static final LongAdder serverRefusals = new LongAdder();

    @BeforeAll
    static void start() {
        app = RunningApp.startAnother(
                Map.of("LOGIN_FREE_ATTEMPTS", "100000", "LOGIN_FREE_ATTEMPTS_PER_ADDRESS", "100000"),
                null,
                "app-bad-input.log");
        fixtures = new BackOfficeFixtures(app);
    }

    @AfterAll
    static void stop() {
        long total = statuses.values().stream().mapToLong(LongAdder::sum).sum();
        long failures = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToLong(e -> e.getValue().sum())
                .sum();
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        Figures.of("bad-input/api")
                .put("requests", total)
                .put("answers5xx", failures)
                .put("statuses", byStatus)
                .put("refusedByHttpServerBeforeTheApplication", serverRefusals.sum())
                .print();
        if (app != null) {
            app.stop();
        }
        // a hostile request is the client's fault: nothing of it is logged as a failure of the server
        assertEquals(
                0, ReliabilityBadFormInputIT.severeLogLines("app-bad-input.log"), "SEVERE lines in app-bad-input.log");
    }

    @TestFactory
    List<DynamicTest> everyBackOfficeCallRefusesHostileInputCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BackOfficeCall call : BackOfficeCall.values()) {
            if (call.kind() != BackOfficeCall.Kind.API) {
                continue;
            }
            String user = userFor(call);
            tests.add(DynamicTest.dynamicTest(call + " hostile path segments", () -> {
                for (String segment : HostileInputs.pathSegments()) {
                    String path = PLACEHOLDER.matcher(call.path()).replaceAll(Matcher.quoteReplacement(segment));
                    if (!path.equals(call.path())) {
                        assertClean(
                                send(
                                        call.method(),
                                        "admin" + path,
                                        user,
                                        "application/json",
                                        fixtures.example(call, true) == null ? "" : fixtures.example(call, true)),
                                call + " " + path,
                                false);
                    }
                }
            }));
            String path = fixtures.path(call, true, "broker-li".equals(user));
            if (call.method().equals("GET")) {
                tests.add(DynamicTest.dynamicTest(call + " hostile query values", () -> {
                    for (String parameter : queryParameters(path)) {
                        for (String value : HostileInputs.queryValues()) {
                            String hostile = withParameter(path, parameter, value);
                            assertClean(send("GET", "admin" + hostile, user, null, null), call + " " + hostile, false);
                        }
                    }
                }));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(call + " hostile bodies", () -> {
                String example = fixtures.example(call, true);
                assertEquals(
                        413,
                        assertClean(
                                send(call.method(), "admin" + path, user, "application/json", HostileInputs.OVERSIZED),
                                call + " 2 MB",
                                true),
                        call + " 2 MB");
                if (example == null) {
                    return;
                }
                if (!example.startsWith("{")) {
                    // a call that takes a file (the imports): hostile files, as the file's own type
                    for (Map.Entry<String, String> file :
                            HostileInputs.files(example).entrySet()) {
                        assertClean(
                                send(call.method(), "admin" + path, user, "text/csv", file.getValue()),
                                call + " " + file.getKey(),
                                true);
                    }
                    return;
                }
                for (Map.Entry<String, String> body :
                        HostileInputs.bodies(example).entrySet()) {
                    assertClean(
                            send(call.method(), "admin" + path, user, "application/json", body.getValue()),
                            call + " " + body.getKey(),
                            true);
                }
                // 415 where the call reads a JSON body; a call that takes none answers as without one
                assertClean(
                        send(call.method(), "admin" + path, user, "text/plain", example), call + " text/plain", true);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyPublicCallRefusesHostileInputCleanly() {
        String product = fixtures.ownProduct;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("products: hostile query values", () -> {
            for (String parameter : List.of(
                    "q",
                    "craft",
                    "cooperative",
                    "township",
                    "page",
                    "size",
                    "minPrice",
                    "maxPrice",
                    "sort",
                    "inStock",
                    "lang")) {
                for (String value : HostileInputs.queryValues()) {
                    assertClean(
                            send("GET", "api/v1/products?" + parameter + "=" + value, null, null, null),
                            "products " + parameter,
                            false);
                }
            }
        }));
        tests.add(DynamicTest.dynamicTest("product, trace, order: hostile path segments", () -> {
            for (String segment : HostileInputs.pathSegments()) {
                assertClean(send("GET", "api/v1/products/" + segment, null, null, null), "product " + segment, true);
                assertClean(send("GET", "api/v1/trace/" + segment, null, null, null), "trace " + segment, true);
                assertClean(
                        send("GET", "api/v1/orders/" + segment, null, null, null, "Authorization", "Bearer x"),
                        "order " + segment,
                        true);
                assertClean(
                        send(
                                "POST",
                                "api/v1/orders/" + segment + "/payment-intent",
                                null,
                                "application/json",
                                "",
                                "Authorization",
                                "Bearer x"),
                        "payment-intent " + segment,
                        true);
                assertClean(
                        send(
                                "POST",
                                "api/v1/orders/" + segment + "/cancel",
                                null,
                                "application/json",
                                "",
                                "Authorization",
                                "Bearer x"),
                        "cancel " + segment,
                        true);
            }
        }));
        tests.add(DynamicTest.dynamicTest("orders: hostile bodies, keys and tokens", () -> {
            String example = PublicApiIT.orderBody(product, 1, "BANK_TRANSFER");
            assertEquals(
                    413,
                    assertClean(
                            send(
                                    "POST",
                                    "api/v1/orders",
                                    null,
                                    "application/json",
                                    HostileInputs.OVERSIZED,
                                    "Idempotency-Key",
                                    "hostile-big"),
                            "2 MB order",
                            true));
            int n = 0;
            for (Map.Entry<String, String> body : HostileInputs.bodies(example).entrySet()) {
                assertClean(
                        send(
                                "POST",
                                "api/v1/orders",
                                null,
                                "application/json",
                                body.getValue(),
                                "Idempotency-Key",
                                "hostile-" + System.nanoTime() + "-" + n++),
                        "order " + body.getKey(),
                        true);
            }
            for (String key : List.of("", " ", "k".repeat(201), "with space", "tab\tkey")) {
                assertClean(
                        send("POST", "api/v1/orders", null, "application/json", example, "Idempotency-Key", key),
                        "key " + key,
                        true);
            }
            assertEquals(
                    415,
                    assertClean(
                            send(
                                    "POST",
                                    "api/v1/orders",
                                    null,
                                    "text/plain",
                                    example,
                                    "Idempotency-Key",
                                    "hostile-text"),
                            "order text/plain",
                            true));
            for (String token : List.of("", "Bearer", "Bearer " + "x".repeat(5000), "Basic abc", "Bearer \u00e9")) {
                assertClean(
                        send("GET", "api/v1/orders/LY261202-AAAAAA", null, null, null, "Authorization", token),
                        "token " + token,
                        true);
                assertClean(
                        send(
                                "POST",
                                "api/v1/orders/LY261202-AAAAAA/cancel",
                                null,
                                "application/json",
                                "",
                                "Authorization",
                                token),
                        "cancel token " + token,
                        true);
            }
        }));
        tests.add(DynamicTest.dynamicTest("Stripe webhook: hostile bodies and signatures", () -> {
            for (String body : HostileInputs.bodies("{\"id\": \"evt_1\", \"type\": \"payment_intent.succeeded\"}")
                    .values()) {
                assertClean(
                        send(
                                "POST",
                                "api/v1/payments/stripe/webhook",
                                null,
                                "application/json",
                                body,
                                "Stripe-Signature",
                                "t=1,v1=00"),
                        "webhook",
                        true);
            }
            assertClean(
                    send(
                            "POST",
                            "api/v1/payments/stripe/webhook",
                            null,
                            "application/json",
                            "{}",
                            "Stripe-Signature",
                            "\u00e9".repeat(3000)),
                    "webhook signature",
                    true);
        }));
        return tests;
    }

    /** The user who may make the call: her cooperative's manager first (the calls reach her own things). */
    private static String userFor(BackOfficeCall call) {
        if (call.roles().contains("COOP_MANAGER")) {
            return "coop-ningyuan";
        }
        return call.roles().contains("FEDERATION") ? "federation" : "broker-li";
    }

    private static List<String> queryParameters(String path) {
        List<String> names =
                new ArrayList<>(List.of("lang", "page", "size", "status", "from", "to", "month", "q", "productId"));
        int query = path.indexOf('?');
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                names.add(pair.split("=")[0]);
            }
        }
        return names.stream().distinct().toList();
    }

    private static String withParameter(String path, String name, String value) {
        String cleaned = path.replaceAll("([?&])" + Pattern.quote(name) + "=[^&]*(&|$)", "$1");
        cleaned = cleaned.endsWith("&") || cleaned.endsWith("?") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
        return cleaned + (cleaned.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private static HttpResponse<String> send(
            String method, String path, String user, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", BackOffice.basic(user, BackOffice.DEMO_PASSWORD));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            try {
                request.header(headers[i], headers[i + 1]);
            } catch (IllegalArgumentException notSendable) {
                // a header value the HTTP client itself refuses to send (a tab, an empty name) cannot reach the server
                return null;
            }
        }
        try {
            return Http.send(request.build());
        } catch (IllegalArgumentException notSendable) {
            return null;
        }
    }

    /**
     * No server failure, and a refusal is the JSON error body (a 2xx is allowed only where {@code mustRefuse} is false:
     * a hostile query value an optional parameter ignores). Answers the status.
     */
    private static int assertClean(HttpResponse<String> response, String what, boolean mustRefuse) {
        if (response == null) {
            return 400;
        }
        int status = response.statusCode();
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        String seen = what + ": " + status + " " + abbreviated(response.body());
        assertTrue(status < 500, seen);
        if (status == 400
                && response.body().isEmpty()
                && isRefusedByTheHttpServer(response.request().uri().getRawPath())) {
            // Grizzly refuses an encoded NUL or broken UTF-8 in the request line itself, before any application code
            serverRefusals.increment();
            return status;
        }
        ApiErrors.assertNoStackTrace(response);
        if (status >= 400) {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), seen);
            JsonObject error = Http.json(response);
            assertTrue(
                    error.containsKey("error") && error.containsKey("message") && error.get("violations") != null,
                    seen);
        } else if (mustRefuse) {
            assertTrue(status >= 400, "refused: " + seen);
        }
        return status;
    }

    private static boolean isRefusedByTheHttpServer(String rawPath) {
        return rawPath.contains("%00") || rawPath.contains("%C3%28");
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
