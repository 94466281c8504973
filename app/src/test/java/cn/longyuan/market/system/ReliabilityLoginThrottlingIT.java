package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down on every way in — the shop's login form, the back office's form and HTTP Basic —
 * per account and per client address, with 429 and Retry-After, without locking the owner out for good; and a wrong
 * password for an existing name takes as long as one for a name that does not exist.
 * <p>
 * Its own instance, with short limits (3 free failures per account, 6 per address, waits of at most 4 s) and
 * 127.0.0.1 as a trusted proxy, so that X-Forwarded-For plays the clients' addresses.
 */
class ReliabilityLoginThrottlingIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = BackOffice.DEMO_PASSWORD;
    private static RunningApp app;
    private static int addresses;

    @BeforeAll
    static void start() {
        app = RunningApp.startAnother(
                Map.of(
                        "LOGIN_FREE_ATTEMPTS",
                        "3",
                        "LOGIN_FREE_ATTEMPTS_PER_ADDRESS",
                        "6",
                        "LOGIN_LOCKOUT_MAX",
                        "PT4S",
                        "TRUSTED_PROXIES",
                        "127.0.0.1"),
                null,
                "app-throttling.log");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** A client address of its own for each use, so that tests do not share an address's count. */
    private static synchronized String newAddress() {
        addresses++;
        return "198.51." + (addresses / 250) + "." + (addresses % 250 + 1);
    }

    @Test
    void basicIsThrottledPerAccountAndTheOwnerGetsInWhenTheWaitIsOver() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    401,
                    basic("coop-shuangwan", "wrong-password-" + i, newAddress()).statusCode());
        }
        HttpResponse<String> refused = basic("coop-shuangwan", PASSWORD, newAddress());
        assertEquals(429, refused.statusCode(), "even the right password waits, from any address");
        assertEquals("TOO_MANY_REQUESTS", Http.json(refused).getString("error"));
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "Retry-After " + retryAfter);
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(
                200, basic("coop-shuangwan", PASSWORD, newAddress()).statusCode(), "the owner is in after the wait");
        Figures.of("login-throttling/basic-account")
                .put("freeFailures", 3)
                .put("retryAfterS", retryAfter)
                .print();
    }

    @Test
    void basicIsThrottledPerAddressAcrossNames() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            assertEquals(
                    401,
                    basic("guess-" + i + "-" + System.nanoTime(), "wrong-password", address)
                            .statusCode());
        }
        HttpResponse<String> refused = basic("coop-ningyuan", PASSWORD, address);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals(
                200,
                basic("coop-ningyuan", PASSWORD, newAddress()).statusCode(),
                "the account itself is not held up elsewhere");
    }

    @Test
    void theBackOfficeFormIsThrottledPerAccountAndPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    200,
                    formLogin("admin/login.xhtml", "broker-li", "wrong-password", newAddress())
                            .statusCode());
        }
        HttpResponse<String> refused = formLogin("admin/login.xhtml", "broker-li", PASSWORD, newAddress());
        assertEquals(429, refused.statusCode());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(
                refused.body().contains("登录失败次数过多") || refused.body().contains("Too many failed attempts"),
                refused.body());
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(
                302,
                formLogin("admin/login.xhtml", "broker-li", PASSWORD, newAddress())
                        .statusCode());

        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            formLogin("admin/login.xhtml", "nobody-" + i, "wrong-password", address);
        }
        assertEquals(
                429,
                formLogin("admin/login.xhtml", "federation", PASSWORD, address).statusCode());
    }

    @Test
    void theShopFormIsThrottledPerAccountAndPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    200,
                    formLogin("login.xhtml", "buyer-wang", "wrong-password", newAddress())
                            .statusCode());
        }
        HttpResponse<String> refused = formLogin("login.xhtml", "buyer-wang", PASSWORD, newAddress());
        assertEquals(429, refused.statusCode());
        assertTrue(
                refused.body().contains("登录失败次数过多") || refused.body().contains("Too many failed attempts"),
                refused.body());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(
                302,
                formLogin("login.xhtml", "buyer-wang", PASSWORD, newAddress()).statusCode());

        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            formLogin("login.xhtml", "nobody-" + i + "@example.cn", "wrong-password", address);
        }
        assertEquals(
                429, formLogin("login.xhtml", "buyer-wang", PASSWORD, address).statusCode());
    }

    @Test
    void theWaitNeverGrowsPastTheLongestAndEndsByItself() throws Exception {
        long longest = 0;
        for (int round = 0; round < 12; round++) {
            HttpResponse<String> answer = basic("federation", "wrong-password", newAddress());
            if (answer.statusCode() == 429) {
                long retryAfter = Long.parseLong(
                        answer.headers().firstValue("Retry-After").orElseThrow());
                longest = Math.max(longest, retryAfter);
                Thread.sleep(retryAfter * 1000 + 100);
            }
        }
        assertEquals(4, longest, "the wait doubled up to LOGIN_LOCKOUT_MAX and no further");
        Thread.sleep(4200);
        assertEquals(200, basic("federation", PASSWORD, newAddress()).statusCode());
    }

    @Test
    void aWrongPasswordTakesAsLongForAnExistingNameAsForAnUnknownOne() throws Exception {
        List<Long> existing = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            existing.add(timed(() -> basic("coop-ningyuan", "wrong-password", newAddress())));
            unknown.add(timed(() -> basic("no-such-user-" + System.nanoTime(), "wrong-password", newAddress())));
            if (i % 2 == 1) {
                // her right password clears her account's count, so that the measure is never throttled
                assertEquals(200, basic("coop-ningyuan", PASSWORD, newAddress()).statusCode());
            }
        }
        long existingMedian = median(existing);
        long unknownMedian = median(unknown);
        Figures.of("login-timing")
                .put("samples", existing.size())
                .put("existingNameMedianMs", existingMedian)
                .put("unknownNameMedianMs", unknownMedian)
                .print();
        double ratio = (double) existingMedian / Math.max(1, unknownMedian);
        assertTrue(ratio > 0.75 && ratio < 1.33, "medians " + existingMedian + " ms and " + unknownMedian + " ms");
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = call.send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, answer.statusCode(), answer.body());
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static HttpResponse<String> basic(String user, String password, String address) {
        return Http.get(
                app.uri("admin/api/v1/stock"),
                "Authorization",
                BackOffice.basic(user, password),
                "X-Forwarded-For",
                address);
    }

    /** The login form of the shop ({@code login.xhtml}) or the back office ({@code admin/login.xhtml}) sent as a browser would. */
    private static HttpResponse<String> formLogin(String page, String user, String password, String address)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(app.uri(page))
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), "the login page has a form: " + form.body());
        boolean shop = !page.startsWith("admin");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put(shop ? "login:loginName" : "login:username", user);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' script adds the page's CSP nonce to the form; a re-rendered page without it is refused
        fields.put("primefaces.nonce", PageForms.cspNonce(form.body()));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(app.uri(page))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
