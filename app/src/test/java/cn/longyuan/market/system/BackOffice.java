package cn.longyuan.market.system;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The back office as a client sees it: HTTP Basic for the API, a logged-in browser session for pages. */
final class BackOffice {

    static final String DEMO_PASSWORD = "qiaoshou-demo-2026";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private BackOffice() {}

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(RunningApp app, String user, String path) {
        return Http.get(app.uri("admin" + path), "Authorization", basic(user, DEMO_PASSWORD));
    }

    static HttpResponse<String> post(RunningApp app, String user, String path, String body) {
        return Http.post(
                app.uri("admin" + path), "application/json", body, "Authorization", basic(user, DEMO_PASSWORD));
    }

    /** A browser-like client with its own cookies, logged in through the login form (or not, for null). */
    static Session session(RunningApp app, String user) {
        Session session = new Session(app);
        if (user != null) {
            HttpResponse<String> answer = session.login(user, DEMO_PASSWORD);
            if (answer.statusCode() != 302 && answer.statusCode() != 303) {
                throw new AssertionError("login of " + user + " failed: " + answer.statusCode() + " " + answer.body());
            }
        }
        return session;
    }

    static final class Session {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final RunningApp app;
        private final HttpClient client;

        Session(RunningApp app) {
            this.app = app;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(app.uri("admin" + path)).GET().build());
        }

        HttpResponse<String> login(String user, String password) {
            HttpResponse<String> page = get("/login.xhtml");
            Matcher viewState = VIEW_STATE.matcher(page.body());
            if (!viewState.find()) {
                throw new AssertionError("no view state on the login page: " + page.body());
            }
            String nonce = PageForms.cspNonce(page.body());
            if (nonce == null) {
                throw new AssertionError("no CSP nonce on the login page: " + page.body());
            }
            return postForm(
                    "/login.xhtml",
                    Map.of(
                            "login",
                            "login",
                            "login:username",
                            user,
                            "login:password",
                            password,
                            "login:submit",
                            "",
                            "jakarta.faces.ViewState",
                            viewState.group(1),
                            "primefaces.nonce",
                            nonce));
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(app.uri("admin" + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(request.toString(), e);
            }
        }

        URI uri(String path) {
            return app.uri("admin" + path);
        }
    }
}
