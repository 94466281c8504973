package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input battery over the pages: every form of every shop page and every back-office page
 * ({@link BackOfficeCall}'s pages, as a user who may open them) is posted, with each of its buttons, the way a
 * hostile visitor would fill it — very long text with markup and SQL, numbers of a billion digits, only zero-width
 * characters, options that were never offered, NUL and escape characters, a forged or expired page state, 2 MB.
 * No answer is a server failure or the error page: the page comes back with its messages (or, for NUL, the refusal
 * page naming the reason; for a lost page state, a redirect back to the page with the "expired" notice; for 2 MB, 413).
 * Its own instance: these posts may change data.
 */
class ReliabilityBadFormInputIT {

    private enum Variant {
        MARKUP_AND_LONG_TEXT,
        HUGE_NUMBERS,
        ZERO_WIDTH_ONLY,
        UNOFFERED_OPTIONS,
        CONTROL_CHARACTERS,
        FORGED_PAGE_STATE,
        NO_CSP_NONCE,
        OVERSIZED
    }

    private static final int MAX_BUTTONS = 6;
    private static final Pattern SKIPPED = Pattern.compile("(?i).*(logout|language).*");
    private static RunningApp app;
    private static BackOfficeFixtures fixtures;
    private static final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        app = RunningApp.startAnother(
                Map.of("LOGIN_FREE_ATTEMPTS", "100000", "LOGIN_FREE_ATTEMPTS_PER_ADDRESS", "100000"),
                null,
                "app-bad-forms.log");
        fixtures = new BackOfficeFixtures(app);
    }

    @AfterAll
    static void stop() {
        Map<String, Long> counted = new java.util.TreeMap<>();
        outcomes.forEach((k, v) -> counted.put(k, v.sum()));
        long posts = counted.entrySet().stream()
                .filter(e -> e.getKey().startsWith("post "))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long failures = counted.entrySet().stream()
                .filter(e -> e.getKey().matches("post 5\\d\\d"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        Figures.of("bad-input/forms")
                .put("posts", posts)
                .put("answers5xx", failures)
                .put("outcomes", counted)
                .print();
        if (app != null) {
            app.stop();
        }
        // a hostile request is the client's fault: nothing of it is logged as a failure of the server
        assertEquals(0, severeLogLines("app-bad-forms.log"), "SEVERE lines in app-bad-forms.log");
    }

    static long severeLogLines(String log) {
        try (var lines = java.nio.file.Files.lines(
                java.nio.file.Path.of(System.getProperty("app.log.dir", "target"), log),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("SEVERE")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    List<DynamicTest> everyShopFormTakesHostileInputCleanly() {
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products/" + fixtures.ownProduct)));
        String cooperative = product.getJsonObject("cooperative").getString("id");
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : List.of(
                "",
                "search?q=%E9%A6%99%E5%8C%85",
                "crafts/sachet",
                "products/" + fixtures.ownProduct,
                "cooperatives/" + cooperative,
                "trace.xhtml",
                "impact.xhtml",
                "login.xhtml",
                "register.xhtml",
                "cart.xhtml",
                "checkout.xhtml",
                "forgot-password.xhtml",
                "reset-password.xhtml?token=not-a-link",
                unpaidOrderPage(),
                "request.xhtml?product=" + fixtures.ownProduct)) {
            tests.add(DynamicTest.dynamicTest("shop /" + page, () -> battery(Session.guestWithCart(), page)));
        }
        for (String page : List.of(
                "account/orders.xhtml",
                "account/addresses.xhtml",
                "account/favourites.xhtml",
                "cart.xhtml",
                "checkout.xhtml",
                "account/security.xhtml")) {
            tests.add(
                    DynamicTest.dynamicTest("shop /" + page + " as buyer-wang", () -> battery(Session.buyer(), page)));
        }
        return tests;
    }

    /** The order page of an unpaid order, with its cancel form (the battery may cancel it). */
    private String unpaidOrderPage() {
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(fixtures.ownProduct, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "bad-forms-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        return "order.xhtml?number=" + order.getString("number") + "&token=" + order.getString("accessToken");
    }

    @TestFactory
    List<DynamicTest> everyBackOfficeFormTakesHostileInputCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BackOfficeCall call : BackOfficeCall.values()) {
            if (call.kind() != BackOfficeCall.Kind.PAGE || !call.path().contains(".xhtml")) {
                continue;
            }
            String user = call.roles().contains("COOP_MANAGER")
                    ? "coop-ningyuan"
                    : call.roles().contains("FEDERATION") ? "federation" : "broker-li";
            String page = "admin" + fixtures.path(call, true, user.equals("broker-li"));
            tests.add(DynamicTest.dynamicTest(call + " as " + user, () -> battery(Session.backOffice(user), page)));
        }
        tests.add(DynamicTest.dynamicTest("login page", () -> battery(Session.guest(), "admin/login.xhtml")));
        // the set-password link's page is open like the login page (issue 17): its form, with a link that works
        tests.add(DynamicTest.dynamicTest("set-password page", () -> {
            HttpResponse<String> created = BackOffice.post(
                    app,
                    "federation",
                    "/api/v1/accounts",
                    "{\"username\": \"battery-" + System.nanoTime() % 1_000_000
                            + "\", \"displayName\": \"表单测试\", \"role\": \"BROKER\"}");
            assertEquals(201, created.statusCode(), created.body());
            String link = Http.json(created).getString("setPasswordLink");
            battery(Session.guest(), link.substring(1));
            assertTrue(
                    Session.guest().get(link.substring(1)).body().contains("setPassword:newPassword"),
                    "no hostile post set the password: the link still works");
        }));
        return tests;
    }

    private static void battery(Session session, String page) {
        for (Variant variant : Variant.values()) {
            HttpResponse<String> rendered = session.get(page);
            count("get " + rendered.statusCode());
            assertTrue(rendered.statusCode() < 500, page + " renders: " + rendered.statusCode());
            if (rendered.statusCode() != 200) {
                continue;
            }
            for (PageForms.Form form : PageForms.of(rendered.body())) {
                if (SKIPPED.matcher(form.id()).matches()) {
                    continue;
                }
                List<String> buttons = form.buttons().stream()
                        .filter(b -> !SKIPPED.matcher(b).matches())
                        .limit(MAX_BUTTONS)
                        .toList();
                for (String button : buttons.isEmpty() ? List.of("") : buttons) {
                    boolean ajax = !button.isEmpty() && form.isAjax(button, rendered.body());
                    Map<String, String> fields = fill(form, variant, button, ajax, PageForms.cspNonce(rendered.body()));
                    String action = form.action().isEmpty() ? "/" + page : form.action();
                    HttpResponse<String> answer = session.post(action, fields, ajax);
                    count("post " + answer.statusCode());
                    check(
                            variant,
                            answer,
                            page + " form " + form.id() + " button " + button + " " + variant
                                    + (ajax ? " (ajax)" : ""));
                }
            }
        }
    }

    private static Map<String, String> fill(
            PageForms.Form form, Variant variant, String button, boolean ajax, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (nonce != null && variant != Variant.NO_CSP_NONCE) {
            // what PrimeFaces' script adds to every form of a page under the CSP, as a browser sends it
            fields.put("primefaces.nonce", nonce);
        }
        int n = 0;
        for (PageForms.Field field : form.fields()) {
            String value = switch (field.type()) {
                case "hidden" ->
                    field.name().equals("jakarta.faces.ViewState") && variant == Variant.FORGED_PAGE_STATE
                            ? "-4715381029871364611:" + System.nanoTime()
                            : field.value();
                case "checkbox", "radio" ->
                    variant == Variant.UNOFFERED_OPTIONS
                            ? "maybe"
                            : field.value().isEmpty() ? "on" : field.value();
                case "select" -> variant == Variant.UNOFFERED_OPTIONS ? "not-an-option" : field.value();
                default -> hostile(variant, n++);
            };
            fields.put(field.name(), value);
        }
        if (variant == Variant.CONTROL_CHARACTERS) {
            // also where the form has no text to type into (a button alone): a parameter the visitor added herself
            fields.put(form.id() + ":note", hostile(variant, 0));
        }
        if (variant == Variant.OVERSIZED) {
            fields.put(form.id() + ":padding", "长".repeat(300_000));
        }
        if (!button.isEmpty()) {
            fields.put(button, button);
        }
        if (ajax) {
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", button);
            fields.put("jakarta.faces.partial.execute", form.id());
            fields.put("jakarta.faces.partial.render", form.id());
        }
        return fields;
    }

    private static String hostile(Variant variant, int fieldIndex) {
        return switch (variant) {
            case MARKUP_AND_LONG_TEXT ->
                "<script>alert('x')</script>\"' OR '1'='1; drop table orders; -- " + "长".repeat(1000);
            case HUGE_NUMBERS -> fieldIndex % 2 == 0 ? "1e999999999" : "-99999999999999999999999999";
            case ZERO_WIDTH_ONLY -> "\u200b\u200b\u3164";
            case UNOFFERED_OPTIONS -> fieldIndex % 2 == 0 ? "2026-13-45" : "abc";
            case CONTROL_CHARACTERS -> "王\u0000芳\u001b[2J";
            case FORGED_PAGE_STATE, NO_CSP_NONCE, OVERSIZED -> "王芳";
        };
    }

    private static void check(Variant variant, HttpResponse<String> answer, String what) {
        int status = answer.statusCode();
        String body = answer.body();
        String seen = what + ": " + status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        assertTrue(status < 500, seen);
        assertFalse(body.contains("id=\"server-error\""), "the error page: " + seen);
        assertFalse(body.contains("<error>"), "an ajax error: " + seen);
        assertFalse(body.contains("\tat ") || body.contains(".java:"), "a stack trace: " + seen);
        switch (variant) {
            case CONTROL_CHARACTERS -> {
                assertEquals(400, status, seen);
                assertTrue(body.contains("message-zh") && body.contains("控制字符"), seen);
            }
            case OVERSIZED -> assertEquals(413, status, seen);
            case FORGED_PAGE_STATE, NO_CSP_NONCE -> {
                String location = answer.headers().firstValue("Location").orElse(body);
                // without the nonce a form that re-renders its page is refused (PrimeFaces' CSP check) and sent back;
                // one that leaves the page (a download, a redirect) never renders it and is not checked
                boolean sentBack = (status == 302 || status == 303 || status == 200) && location.contains("expired=1");
                assertTrue(sentBack || variant == Variant.NO_CSP_NONCE && status < 500, seen);
            }
            default ->
                assertTrue(status == 200 || status == 302 || status == 303 || (status >= 400 && status < 500), seen);
        }
    }

    private static void count(String outcome) {
        outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    /** A browser-like visitor of the instance: her own cookies, no redirects followed. */
    private record Session(HttpClient client) {

        static Session guest() {
            return new Session(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
        }

        /** A guest with a piece in her cart, so that the cart and the checkout have their forms. */
        static Session guestWithCart() {
            Session session = guest();
            session.addToCart();
            return session;
        }

        static Session buyer() {
            Session session = guest();
            session.login(
                    "login.xhtml", Map.of("login:loginName", "buyer-wang", "login:password", BackOffice.DEMO_PASSWORD));
            session.addToCart();
            return session;
        }

        static Session backOffice(String user) {
            Session session = guest();
            session.login(
                    "admin/login.xhtml", Map.of("login:username", user, "login:password", BackOffice.DEMO_PASSWORD));
            return session;
        }

        private void login(String page, Map<String, String> credentials) {
            String html = get(page).body();
            PageForms.Form form = PageForms.of(html).stream()
                    .filter(f -> f.id().equals("login"))
                    .findFirst()
                    .orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>();
            form.fields().forEach(f -> fields.put(f.name(), f.value()));
            fields.put("primefaces.nonce", PageForms.cspNonce(html));
            fields.putAll(credentials);
            fields.put("login:submit", "");
            HttpResponse<String> answer = post(form.action(), fields, false);
            assertEquals(302, answer.statusCode(), "login to " + page + ": " + answer.body());
        }

        private void addToCart() {
            HttpResponse<String> page = get("products/" + fixtures.ownProduct);
            for (PageForms.Form form : PageForms.of(page.body())) {
                for (String button : form.buttons()) {
                    if (button.toLowerCase().contains("add")) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        form.fields().forEach(f -> fields.put(f.name(), f.value()));
                        fields.put("primefaces.nonce", PageForms.cspNonce(page.body()));
                        boolean ajax = form.isAjax(button, page.body());
                        fields.put(button, button);
                        if (ajax) {
                            fields.put("jakarta.faces.partial.ajax", "true");
                            fields.put("jakarta.faces.source", button);
                            fields.put("jakarta.faces.partial.execute", form.id());
                            fields.put("jakarta.faces.partial.render", "@all");
                        }
                        post(form.action(), fields, ajax);
                        return;
                    }
                }
            }
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(app.uri(path))
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build());
        }

        HttpResponse<String> post(String action, Map<String, String> fields, boolean ajax) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            app.baseUri().resolve(URI.create(action.startsWith("/") ? action : "/" + action)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax");
            }
            return send(request.build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(request.toString(), e);
            }
        }
    }
}
