package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser in the shop: her own cookies (behind a balancer the same for every instance), sent back as they came, no
 * redirects followed. Not the JDK's CookieManager: it quotes a value with a colon ({@code JSESSIONIDVERSION="2f:1"},
 * Payara's session version in a cluster), which no browser does and Payara cannot read.
 */
final class ShopVisitor {

    private static final Pattern CART_COUNT = Pattern.compile("id=\"cartCount\" class=\"cart-count\">(\\d+)<");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(RunningApp app, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30)));
    }

    HttpResponse<String> post(URI uri, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    void logIn(RunningApp app, String user, String password) throws IOException, InterruptedException {
        assertEquals(302, tryLogIn(app, user, password).statusCode(), "logged in");
    }

    /** Logs in through the shop's login form: its answer (302 when she is logged in). */
    HttpResponse<String> tryLogIn(RunningApp app, String user, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(app, "login.xhtml");
        PageForms.Form form = PageForms.of(page.body()).stream()
                .filter(f -> f.id().equals("login"))
                .findFirst()
                .orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>();
        form.fields().forEach(f -> fields.put(f.name(), f.value()));
        fields.put("login:loginName", user);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("primefaces.nonce", PageForms.cspNonce(page.body()));
        return post(app.uri("login.xhtml"), fields, false);
    }

    /** Sends this cookie from now on, as one copied from another browser would be. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Her cookie of that name, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    void addToCart(RunningApp app, String product) throws IOException, InterruptedException {
        HttpResponse<String> page = get(app, "products/" + product);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("buy", "buy");
        fields.put("buy:quantity", "1");
        fields.put("buy:add", "buy:add");
        fields.put("jakarta.faces.ViewState", "stateless");
        fields.put("primefaces.nonce", PageForms.cspNonce(page.body()));
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "buy:add");
        fields.put("jakarta.faces.partial.execute", "buy");
        fields.put("jakarta.faces.partial.render", "buy cartCount");
        HttpResponse<String> added = post(app.uri("products/" + product), fields, true);
        assertEquals(200, added.statusCode(), added.body());
    }

    String cartCount(RunningApp app) throws IOException, InterruptedException {
        Matcher count = CART_COUNT.matcher(get(app, "").body());
        assertTrue(count.find());
        return count.group(1);
    }
}
