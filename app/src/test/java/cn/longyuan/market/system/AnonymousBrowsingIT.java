package cn.longyuan.market.system;

import static cn.longyuan.market.system.ResponseHeaders.attributes;
import static cn.longyuan.market.system.ResponseHeaders.cookie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A visitor who only looks around the shop gets no session: no SHOPSESSION cookie on any catalogue page (the pages
 * keep no view state, the header reads the cart without making one, the language switch is a link and a cookie).
 * Putting a piece into her cart is what gives her one.
 */
class AnonymousBrowsingIT {

    private static final Pattern TRACE_LINK = Pattern.compile("href=\"/trace/([A-Z0-9]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String ENGLISH_PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">";
    private static final Pattern CART_COUNT = Pattern.compile("id=\"cartCount\" class=\"cart-count\">(\\d+)<");

    private final RunningApp app = RunningApp.get();

    @Test
    void lookingAroundTheShopMakesNoSession() {
        String product = "products/7";
        Matcher trace = TRACE_LINK.matcher(Http.get(app.uri(product)).body());
        assertTrue(trace.find(), "the product page lists its batches' trace codes");
        String code = trace.group(1);

        for (String page : List.of(
                "",
                "search?q=" + URLEncoder.encode("香包", StandardCharsets.UTF_8),
                "crafts/sachet",
                product,
                "product.xhtml?id=7",
                "cooperatives/1",
                "artisans/2",
                "impact",
                "trace/" + code,
                "trace.xhtml",
                "trace.xhtml?code=" + code,
                "search?craft=sachet&sort=price-asc&page=1",
                "search?page=100",
                "sitemap.xml",
                "robots.txt",
                "favicon.ico",
                "favicon.svg")) {
            for (String language : List.of("zh-CN", "en")) {
                HttpResponse<String> answer = Http.get(app.uri(page), "Accept-Language", language);
                assertEquals(200, answer.statusCode(), page);
                assertEquals(Optional.empty(), cookie(answer, "SHOPSESSION"), "/" + page + " in " + language);
            }
        }
        HttpResponse<String> missing = Http.get(app.uri("no-such-page.xhtml"));
        assertEquals(404, missing.statusCode());
        assertEquals(Optional.empty(), cookie(missing, "SHOPSESSION"), "the 404 page");
    }

    @Test
    void theLanguageSwitchIsACookieAndARedirectWithoutASession() {
        HttpResponse<String> switched = Http.get(app.uri("products/7?setlang=en"));

        assertEquals(302, switched.statusCode());
        assertTrue(
                switched.headers().firstValue("Location").orElse("").endsWith("/products/7"),
                switched.headers().toString());
        assertTrue(attributes(cookie(switched, "lang").orElseThrow()).contains("lang=en"));
        assertEquals(Optional.empty(), cookie(switched, "SHOPSESSION"));
        HttpResponse<String> english = Http.get(app.uri("products/7"), "Cookie", "lang=en", "Accept-Language", "zh-CN");
        assertTrue(english.body().contains(ENGLISH_PAGE), "the page speaks English");
        assertTrue(english.body().contains("id=\"language:zh\""), "and offers Chinese");
        assertEquals(Optional.empty(), cookie(english, "SHOPSESSION"));

        HttpResponse<String> kept = Http.get(app.uri("search?q=tiger&setlang=zh&sort=price-asc"), "Cookie", "lang=en");
        assertEquals(302, kept.statusCode());
        assertTrue(
                kept.headers().firstValue("Location").orElse("").endsWith("/search?q=tiger&sort=price-asc"),
                kept.headers().toString());

        HttpResponse<String> once = Http.get(app.uri("impact?lang=en"), "Accept-Language", "zh-CN");
        assertEquals(200, once.statusCode(), "a plain ?lang= is this answer's language, as before");
        assertTrue(once.body().contains(ENGLISH_PAGE));
        assertEquals(Optional.empty(), cookie(once, "lang"), "and is not remembered");
    }

    @Test
    void puttingAPieceIntoTheCartGivesHerASession() {
        JsonObject inStock = Http.json(Http.get(app.uri("api/v1/products?inStock=true&size=1")))
                .getJsonArray("items")
                .getJsonObject(0);
        String address = "products/" + inStock.getString("id");
        HttpResponse<String> page = Http.get(app.uri(address));
        assertEquals(Optional.empty(), cookie(page, "SHOPSESSION"));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find());
        assertEquals("stateless", viewState.group(1), "the product page keeps no view state");

        // what the page's "add to cart" button sends (PrimeFaces' ajax request), with the nonce its script adds
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("buy", "buy");
        fields.put("buy:quantity", "1");
        fields.put("buy:add", "buy:add");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("primefaces.nonce", ResponseHeaders.nonce(page));
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "buy:add");
        fields.put("jakarta.faces.partial.execute", "buy");
        fields.put("jakarta.faces.partial.render", "buy cartCount");
        HttpResponse<String> added = Http.post(
                app.uri(address), "application/x-www-form-urlencoded", form(fields), "Faces-Request", "partial/ajax");

        assertEquals(200, added.statusCode(), added.body());
        String session =
                cookie(added, "SHOPSESSION").orElseThrow(() -> new AssertionError("no session: " + added.body()));
        assertTrue(attributes(session).containsAll(List.of("httponly", "samesite=lax")), session);
        Matcher count = CART_COUNT.matcher(added.body());
        assertTrue(count.find(), added.body());
        assertEquals("1", count.group(1));

        HttpResponse<String> home = Http.get(app.uri(""), "Cookie", session.substring(0, session.indexOf(';')));
        Matcher homeCount = CART_COUNT.matcher(home.body());
        assertTrue(homeCount.find());
        assertEquals("1", homeCount.group(1), "the header counts her cart");
        assertTrue(
                home.headers().firstValue("ETag").isEmpty(),
                "rendered for her, not the page kept for anonymous visitors");
        assertEquals(Optional.empty(), cookie(home, "SHOPSESSION"), "the same session");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
