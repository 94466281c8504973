package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as anonymous visitors see it is rendered once and sent again as bytes (AnonymousAnswerCache): the same
 * answer twice, an ETag that a revalidation answers with 304, gzip when asked for; a change of the stock shows within
 * seconds. (That a visitor with a cart gets her own page, not nobody's: AnonymousBrowsingIT.)
 */
class AnonymousAnswerCacheIT {

    private static final RunningApp app = RunningApp.get();

    @Test
    void aPageIsSentAgainWithItsETagAndA304WhenTheBrowserHasIt() throws IOException {
        String product = cheapestInStock().getString("id");
        HttpResponse<byte[]> first = bytes("products/" + product, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> second = bytes("products/" + product, "Accept-Encoding", "gzip");
        assertEquals(200, first.statusCode());
        assertEquals("gzip", second.headers().firstValue("Content-Encoding").orElse(""));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(first.headers().firstValue("ETag").orElseThrow(), etag, "the same answer, not rendered again");
        assertArrayEquals(first.body(), second.body());
        String html = new String(
                new GZIPInputStream(new ByteArrayInputStream(second.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"product-stock\""), html);
        String nonce = PageForms.cspNonce(html);
        assertTrue(
                second.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("'nonce-" + nonce + "'"),
                "the page's scripts and its policy agree");

        assertEquals(304, bytes("products/" + product, "If-None-Match", etag).statusCode());
        HttpResponse<byte[]> plain = bytes("products/" + product);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(html, new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aProductSoldOutShowsAsSuchWithinSecondsOnItsCachedPageAndInTheSearch() throws InterruptedException {
        JsonObject product = cheapestInStock();
        String id = product.getString("id");
        String before = stockLabel(id);
        int available = Http.json(Http.get(app.uri("api/v1/products/" + id))).getInt("available");
        HttpResponse<String> bought = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(id, available, "CASH_ON_DELIVERY"),
                "Idempotency-Key",
                "cache-" + System.nanoTime());
        assertEquals(201, bought.statusCode(), bought.body());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)
                && (inStockSearchFinds(id) || stockLabel(id).equals(before))) {
            Thread.sleep(250);
        }
        assertEquals(
                0, Http.json(Http.get(app.uri("api/v1/products/" + id))).getInt("available"), "at once: not cached");
        assertNotEquals(before, stockLabel(id), "the page tells it is sold out");
        assertTrue(!inStockSearchFinds(id), "the search no longer finds it in stock");
    }

    private static JsonObject cheapestInStock() {
        return Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 0)
                .min(Comparator.comparingInt(p -> p.getInt("available")))
                .orElseThrow();
    }

    private static boolean inStockSearchFinds(String product) {
        return Http.json(Http.get(app.uri("api/v1/products?inStock=true&size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(p -> p.getString("id").equals(product));
    }

    private static String stockLabel(String product) {
        String html = Http.get(app.uri("products/" + product)).body();
        int at = html.indexOf("id=\"product-stock\"");
        return html.substring(at, html.indexOf("</span>", at));
    }

    private static HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
