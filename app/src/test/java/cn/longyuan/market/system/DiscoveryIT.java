package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What search engines and link previews read of the shop: each catalogue page's description and canonical address
 * (under the configured {@code PUBLIC_BASE_URL}, not the address the request came to), a product page's Open Graph
 * tags and JSON-LD {@code Product} (price, stock, cooperative; escaped so a hostile name stays data), the sitemap
 * (only what is on sale), robots.txt, the icon, a page past the last one, and the 404 page's way back. An instance
 * of its own, so that the listings it writes straight into the database (as in {@link CatalogEscapingIT}) and its
 * public address touch no other test.
 */
class DiscoveryIT {

    private static final String BASE = "https://shop.example.cn";
    private static final String HOSTILE_ZH = "恶意\"香包\" </script><script>alert('ld')</script> & <!--";
    private static final String HOSTILE_EN = "Hostile \"sachet\" </script><img src=x onerror=alert(1)>";
    private static final Pattern LD = Pattern.compile(
            "<script id=\"product-data\" type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern PAGING =
            Pattern.compile("class=\"paging-position\">\\s*(?:第 (\\d+) / (\\d+) 页|Page (\\d+) of (\\d+))");

    private static RunningApp app;
    private static Path workDir;
    private static AppDatabase database;
    private static long soldOut;

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("longyuan-discovery-");
        database = AppDatabase.embeddedWhileRunning(workDir);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("PUBLIC_BASE_URL", BASE + "/");
        app = RunningApp.startAnother(environment, workDir, "app-discovery.log");
        try (Connection db = database()) {
            soldOut = ListingRows.insert(
                    db,
                    HOSTILE_ZH,
                    HOSTILE_EN,
                    "<p>手工缝制，内装艾草。</p>",
                    "<p>Hand-sewn, filled with mugwort.</p>",
                    4250,
                    true);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        RunningApp.deleteRecursively(workDir);
    }

    private static Connection database() throws Exception {
        return database.connect();
    }

    private static HttpResponse<String> page(String path, String language) {
        HttpResponse<String> page = Http.get(app.uri(path), "Accept-Language", language);
        assertFalse(
                page.headers().firstValue("Set-Cookie").isPresent(),
                path + " gave a cookie: " + page.headers().map());
        return page;
    }

    private static String html(String path, String language) {
        HttpResponse<String> page = page(path, language);
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    /** The content of {@code <meta name|property="…" content="…">}, unescaped; null when there is none. */
    private static String meta(String html, String attribute, String name) {
        Matcher m = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"")
                .matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String canonical(String html) {
        Matcher m = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "a canonical link");
        String href = unescape(m.group(1));
        assertFalse(m.find(), "one canonical link");
        return href;
    }

    private static String unescape(String text) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(out);
        return out.toString()
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static JsonObject structuredData(String html) {
        Matcher m = LD.matcher(html);
        assertTrue(m.find(), "the JSON-LD script");
        String json = m.group(1);
        assertFalse(json.contains("<"), "nothing in the JSON-LD can open or close an element: " + json);
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonObject inStockProduct() {
        JsonObject found = Http.json(Http.get(app.uri("api/v1/products?inStock=true&size=1")));
        return found.getJsonArray("items").getJsonObject(0);
    }

    @Test
    void aProductInStockHasItsDescriptionCanonicalAddressOpenGraphAndJsonLd() throws Exception {
        JsonObject listed = inStockProduct();
        String id = listed.getString("id");
        for (String language : List.of("zh-CN", "en")) {
            JsonObject item =
                    Http.json(Http.get(app.uri("api/v1/products/" + id + "?lang=" + language.substring(0, 2))));
            String html = html("products/" + id, language);
            String address = BASE + "/products/" + id;
            assertEquals(address, canonical(html), "the configured public address, not the request's");
            String description = meta(html, "name", "description");
            assertNotNull(description);
            assertFalse(description.isBlank() || description.contains("<"), description);
            assertTrue(description.length() <= 160, description);
            assertEquals("product", meta(html, "property", "og:type"));
            assertEquals(item.getString("name"), meta(html, "property", "og:title"));
            assertEquals(description, meta(html, "property", "og:description"));
            assertEquals(address, meta(html, "property", "og:url"));
            assertTrue(
                    meta(html, "property", "og:image").startsWith(BASE + "/images/"),
                    meta(html, "property", "og:image"));

            JsonObject product = structuredData(html);
            assertEquals("https://schema.org", product.getString("@context"));
            assertEquals("Product", product.getString("@type"));
            assertEquals(item.getString("name"), product.getString("name"));
            assertEquals(id, product.getString("sku"));
            assertEquals(meta(html, "property", "og:image"), product.getString("image"));
            assertEquals(
                    item.getJsonObject("cooperative").getString("name"),
                    product.getJsonObject("brand").getString("name"));
            JsonObject offer = product.getJsonObject("offers");
            assertEquals(item.getString("price"), offer.getString("price"));
            assertEquals("CNY", offer.getString("priceCurrency"));
            assertEquals("https://schema.org/InStock", offer.getString("availability"));
            assertEquals(
                    Set.of("@context", "@type", "name", "description", "image", "url", "sku", "brand", "offers"),
                    product.keySet(),
                    "nothing else, no maker");
            assertNoPrivateData(product.toString() + meta(html, "name", "description"));
        }
    }

    /** No artisan's real name or phone, of any artisan of the chain. */
    private static void assertNoPrivateData(String text) throws Exception {
        List<String> privateData = new ArrayList<>();
        try (Connection db = database();
                ResultSet rows = db.createStatement().executeQuery("select real_name, phone from artisan")) {
            while (rows.next()) {
                for (int column = 1; column <= 2; column++) {
                    String value = rows.getString(column);
                    if (value != null && value.length() >= 2) {
                        privateData.add(value);
                    }
                }
            }
        }
        assertFalse(privateData.isEmpty(), "the demo's artisans have private data to leak");
        privateData.forEach(value -> assertFalse(text.contains(value), "private data in public metadata: " + value));
    }

    @Test
    void aSoldOutProductWithAHostileNameIsOutOfStockAndItsNameStaysData() {
        for (String language : List.of("zh-CN", "en")) {
            String html = html("products/" + soldOut, language);
            String name = language.equals("en") ? HOSTILE_EN : HOSTILE_ZH;
            JsonObject product = structuredData(html);
            assertEquals(name, product.getString("name"), "read back exactly as typed");
            assertEquals("42.50", product.getJsonObject("offers").getString("price"));
            assertEquals(
                    "https://schema.org/OutOfStock",
                    product.getJsonObject("offers").getString("availability"));
            assertEquals(name, meta(html, "property", "og:title"));
            assertEquals(
                    language.equals("en") ? "Hand-sewn, filled with mugwort." : "手工缝制，内装艾草。",
                    meta(html, "name", "description"),
                    "the description as plain text");
            assertFalse(html.contains("<script>alert"), "no script of the name's");
            assertFalse(html.contains("<img src=x"), "no element of the name's");
        }
    }

    @Test
    void theCatalogueListPagesHaveADescriptionAndTheirCanonicalAddress() {
        for (String language : List.of("zh-CN", "en")) {
            String home = html("", language);
            assertEquals(BASE + "/", canonical(home));
            assertFalse(meta(home, "name", "description").isBlank());
            assertTrue(
                    home.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\""), "the icon link");

            String search = html("search?q=sachet", language);
            assertEquals(BASE + "/search?q=sachet", canonical(search));
            assertFalse(meta(search, "name", "description").isBlank());

            String craft = html("crafts/sachet", language);
            assertEquals(BASE + "/crafts/sachet", canonical(craft));
            assertTrue(
                    meta(craft, "name", "description").contains(language.equals("en") ? "sachet" : "香包"),
                    meta(craft, "name", "description"));

            String cooperative = html("cooperatives/1", language);
            assertEquals(BASE + "/cooperatives/1", canonical(cooperative));
            assertFalse(meta(cooperative, "name", "description").isBlank());
        }
    }

    @Test
    void theSitemapListsWhatIsOnSaleAndDropsAWithdrawnProduct() throws Exception {
        long withdrawn;
        try (Connection db = database()) {
            withdrawn = ListingRows.insert(
                    db, "将下架的香包", "Sachet to withdraw", "<p>很快下架</p>", "<p>Soon gone</p>", 3000, true);
        }
        String inStock = inStockProduct().getString("id");
        HttpResponse<String> sitemap = page("sitemap.xml", "zh-CN");
        assertEquals(200, sitemap.statusCode());
        assertTrue(
                sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"),
                sitemap.headers().map().toString());
        String xml = sitemap.body();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        for (String path : List.of(
                "/",
                "/search",
                "/crafts/sachet",
                "/cooperatives/1",
                "/products/" + inStock,
                "/products/" + soldOut,
                "/products/" + withdrawn)) {
            assertTrue(xml.contains("<loc>" + BASE + path + "</loc>"), path + " in " + xml);
        }
        assertFalse(
                xml.contains("/cart") || xml.contains("/checkout") || xml.contains("/account") || xml.contains("/api/"),
                xml);
        Matcher locs = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        while (locs.find()) {
            assertTrue(locs.group(1).startsWith(BASE + "/"), "absolute: " + locs.group(1));
        }

        try (Connection db = database()) {
            db.createStatement().executeUpdate("update product set published = false where id = " + withdrawn);
        }
        Instant deadline = Instant.now().plusSeconds(15);
        while (xml.contains("/products/" + withdrawn + "<") && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            xml = page("sitemap.xml", "zh-CN").body();
        }
        assertFalse(
                xml.contains("<loc>" + BASE + "/products/" + withdrawn + "</loc>"),
                "a withdrawn product leaves the sitemap within seconds");
        assertTrue(xml.contains("<loc>" + BASE + "/products/" + inStock + "</loc>"));
    }

    @Test
    void robotsOpenTheCatalogueCloseWhatIsPrivateAndNameTheSitemap() {
        HttpResponse<String> robots = page("robots.txt", "en");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertEquals("User-agent: *", lines.get(0));
        assertTrue(lines.contains("Allow: /"));
        for (String closed : List.of("/cart", "/checkout", "/account/", "/admin/", "/api/")) {
            assertTrue(lines.contains("Disallow: " + closed), closed + " in " + lines);
        }
        assertFalse(
                lines.stream()
                        .anyMatch(l -> l.startsWith("Disallow: /products")
                                || l.startsWith("Disallow: /search")
                                || l.equals("Disallow: /")),
                lines.toString());
        assertTrue(lines.contains("Sitemap: " + BASE + "/sitemap.xml"), lines.toString());
    }

    @Test
    void theIconIsThereAsIcoAndSvg() throws Exception {
        HttpResponse<byte[]> ico = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(app.uri("favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode());
        assertTrue(
                ico.headers().firstValue("Content-Type").orElse("").startsWith("image/x-icon"),
                ico.headers().map().toString());
        byte[] body = ico.body();
        assertEquals(
                List.of(0, 0, 1, 0, 1, 0),
                List.of((int) body[0], (int) body[1], (int) body[2], (int) body[3], (int) body[4], (int) body[5]),
                "an icon file of one image");
        assertFalse(ico.headers().firstValue("Set-Cookie").isPresent());
        HttpResponse<String> svg = page("favicon.svg", "zh-CN");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.body().startsWith("<svg"), svg.body());
    }

    @Test
    void aPagePastTheLastOneShowsTheLastPage() {
        int total = Http.json(Http.get(app.uri("api/v1/products?size=1"))).getInt("total");
        int pages = (total + 11) / 12;
        assertTrue(pages >= 2, "the demo fills more than one page of 12: " + total);
        for (String language : List.of("zh-CN", "en")) {
            for (String path : List.of("search?page=100", "?page=100", "search?page=999999")) {
                String html = html(path, language);
                Matcher position = PAGING.matcher(html);
                assertTrue(position.find(), path + ": " + html);
                String shown = position.group(1) != null ? position.group(1) : position.group(3);
                String of = position.group(2) != null ? position.group(2) : position.group(4);
                assertEquals(Integer.toString(pages), of, path);
                assertEquals(of, shown, path + " shows the last page, not page 100 of " + of);
                assertTrue(html.contains("class=\"product-card"), path + " shows the last page's pieces");
            }
            assertEquals(BASE + "/search?page=" + (pages - 1), canonical(html("search?page=100", language)));
        }
    }

    @Test
    void theNotFoundPageOffersTheOtherLanguageAndASearch() {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> missing = page("no-such-page?x=1", language);
            assertEquals(404, missing.statusCode());
            String other = language.equals("en") ? "zh" : "en";
            Matcher link = Pattern.compile("<a id=\"language:" + other + "\"[^>]* href=\"([^\"]*)\"")
                    .matcher(missing.body());
            assertTrue(link.find(), "the language switch: " + missing.body());
            assertEquals(
                    "/no-such-page?x=1&setlang=" + other, unescape(link.group(1)), "back to the address she typed");
            assertTrue(missing.body().contains("<form id=\"notFoundSearch\""), missing.body());
            assertTrue(missing.body().contains("action=\"/search\" method=\"get\""), missing.body());
            assertTrue(missing.body().contains("name=\"q\""), missing.body());
        }
        HttpResponse<String> product = page("products/99999999", "en");
        assertEquals(404, product.statusCode());
        assertTrue(
                product.body().contains("id=\"notFoundSearch:q\""), "a product that is not listed has the search too");
    }
}
