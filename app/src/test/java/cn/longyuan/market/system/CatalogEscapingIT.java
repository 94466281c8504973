package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text a cooperative typed is shown as text, never run: a listing whose name and description carry a script and an
 * image with an error handler is found by the search and shown escaped on the search page and its product page. The
 * listing is written straight into the database of an instance of its own (H2 with AUTO_SERVER, so that this test can
 * write while the application runs) — as another instance or the back office would write it — so the test also shows
 * that such a change reaches the shop's search within seconds. Its {@code PUBLIC_BASE_URL} is set, and the QR codes
 * of this instance carry it.
 */
class CatalogEscapingIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMAGE = "<img src=x onerror=alert('xss')>";

    private static RunningApp app;
    private static Path workDir;
    private static AppDatabase database;

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("longyuan-escaping-");
        database = AppDatabase.embeddedWhileRunning(workDir);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("PUBLIC_BASE_URL", "https://shop.example.cn/");
        app = RunningApp.startAnother(environment, workDir, "app-escaping.log");
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

    /** Lists a product the way a cooperative's form would store it, straight into the database; answers its id. */
    private static long listHostileProduct() throws Exception {
        try (Connection db = database()) {
            return ListingRows.insert(
                    db,
                    "恶意香包" + SCRIPT,
                    "Hostile sachet " + IMAGE,
                    "描述" + IMAGE + SCRIPT,
                    "Description " + SCRIPT + IMAGE,
                    5600,
                    true);
        }
    }

    @Test
    void aListingWithMarkupIsFoundWithinSecondsAndShownEscaped() throws Exception {
        long id = listHostileProduct();

        String search = "search?q=" + URLEncoder.encode("恶意香包", StandardCharsets.UTF_8);
        HttpResponse<String> results = Http.get(app.uri(search), "Accept-Language", "zh-CN");
        Instant deadline = Instant.now().plusSeconds(10);
        while (!results.body().contains("/products/" + id) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            results = Http.get(app.uri(search), "Accept-Language", "zh-CN");
        }
        assertTrue(
                results.body().contains("/products/" + id), "found within seconds of being written: " + results.body());
        assertEscaped(results);

        HttpResponse<String> english = Http.get(app.uri("search?q=hostile"), "Accept-Language", "en");
        assertTrue(english.body().contains("Hostile sachet"), english.body());
        assertEscaped(english);

        for (String language : new String[] {"zh-CN", "en"}) {
            HttpResponse<String> page = Http.get(app.uri("products/" + id), "Accept-Language", language);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("恶意香包") || page.body().contains("Hostile sachet"));
            assertEscaped(page);
        }
    }

    private static void assertEscaped(HttpResponse<String> page) {
        String body = page.body();
        assertFalse(body.contains(SCRIPT), "a script element from a listing");
        assertFalse(body.contains("<img src=x"), "an image element from a listing");
        assertFalse(body.contains("<script>alert"), "no script from a listing anywhere");
        assertTrue(body.contains("&lt;script&gt;") || body.contains("&lt;img"), "the markup is shown as text");
    }

    @Test
    void qrCodesCarryTheConfiguredPublicAddress() throws Exception {
        String code;
        try (Connection db = database();
                ResultSet batch = db.createStatement()
                        .executeQuery("select trace_code from production_batch order by id limit 1")) {
            batch.next();
            code = batch.getString(1);
        }
        HttpResponse<byte[]> png = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(app.uri("trace/" + code + "/qr.png"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("https://shop.example.cn/trace/" + code, QrCodes.decode(png.body()));
    }
}
