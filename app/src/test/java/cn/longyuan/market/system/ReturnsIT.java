package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/orders/{number}/returns: a guest holding the order's token asks to send back a delivered piece;
 * refusals name the field (400) or the state (409); the line's cooperative accepts it on the order's page, which
 * refunds the piece, while another cooperative's manager does not even find the order; the buyer's order page
 * shows the address and the request refunded. A request may carry one photo (base64 in the JSON body): a bad one
 * is 400 naming it, and the photo is served only to the buyer (with the order's token) and to the line's
 * cooperative, never to another cooperative's manager or a stranger.
 */
class ReturnsIT {

    private final RunningApp app = RunningApp.get();

    /**
     * A bank-transfer order of two pieces of a Ningyuan product made for this test, paid; answers number, token and
     * the product's id.
     */
    static String[] paidOrder(RunningApp app, String key) {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .get(0);
        String artisan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans")).stream()
                .filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("craft").equals(product.getString("craft"))))
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<String> batch = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/production-batches",
                "{\"productId\": \"" + product.getString("id") + "\", \"artisanId\": \"" + artisan
                        + "\", \"quantity\": 2, \"madeOn\": \"2026-11-20\"}");
        assertEquals(201, batch.statusCode(), batch.body());
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product.getString("id"), 2, "BANK_TRANSFER"),
                "Idempotency-Key",
                key + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        String number = order.getString("number");
        HttpResponse<String> paid = BackOffice.post(
                app,
                "federation",
                "/api/v1/orders/" + number + "/payment-received",
                "{\"amount\": \"" + order.getString("total") + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        return new String[] {number, order.getString("accessToken"), product.getString("id")};
    }

    /** Shipped and confirmed delivered by coop-ningyuan, as her order page's buttons do. */
    static void deliver(RunningApp app, String number) {
        HttpResponse<String> shipped = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + number + "/shipments",
                "{\"carrier\": \"顺丰速运\", \"trackingNumber\": \"SF1000" + System.nanoTime() % 1_000_000 + "\"}");
        assertEquals(200, shipped.statusCode(), shipped.body());
        HttpResponse<String> delivered =
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/delivered", "{}");
        assertEquals(200, delivered.statusCode(), delivered.body());
    }

    @Test
    void aGuestAsksBackADeliveredPieceAndItsCooperativeRefundsIt() {
        String[] order = paidOrder(app, "returns-api-");
        String number = order[0];
        String token = order[1];
        String ask = "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"DAMAGED\", \"note\": \"一角开线了\"}";

        ApiErrors.assertError(
                Http.post(app.uri("api/v1/orders/" + number + "/returns"), "application/json", ask),
                401,
                "UNAUTHORIZED");
        ApiErrors.assertError(returns(number, "not-its-token", ask), 404, "NOT_FOUND");
        ApiErrors.assertError(returns(number, token, ask), 409, "INVALID_STATE");
        ApiErrors.assertError(Http.get(app.uri("api/v1/orders/" + number + "/returns")), 401, "UNAUTHORIZED");
        ApiErrors.assertError(
                Http.get(app.uri("api/v1/orders/" + number + "/returns"), "Authorization", "Bearer not-its-token"),
                404,
                "NOT_FOUND");
        JsonObject beforeDelivery = readReturns(number, token);
        assertEquals(0, beforeDelivery.getJsonArray("items").size(), beforeDelivery.toString());
        assertEquals(0, beforeDelivery.getJsonArray("returnable").size(), "nothing to ask back before delivery");
        deliver(app, number);
        JsonObject delivered = readReturns(number, token);
        assertEquals(1, delivered.getJsonArray("returnable").size(), delivered.toString());
        assertEquals(1, delivered.getJsonArray("returnable").getJsonObject(0).getInt("lineId"));
        assertEquals(2, delivered.getJsonArray("returnable").getJsonObject(0).getInt("pieces"));

        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": \"one\", \"quantity\": 0, \"reason\": \"BROKEN\"}"),
                400,
                "VALIDATION",
                "lineId",
                "quantity",
                "reason");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"OTHER\", \"colour\": \"red\"}"),
                400,
                "VALIDATION",
                "colour");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"OTHER\", \"note\": \"a\\u0000b\"}"),
                400,
                "VALIDATION",
                "note");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 7, \"quantity\": 1, \"reason\": \"OTHER\"}"),
                400,
                "VALIDATION",
                "lineId",
                "note");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 1, \"quantity\": 3, \"reason\": \"CHANGED_MIND\"}"),
                409,
                "INVALID_STATE",
                "quantity");

        HttpResponse<String> created = returns(number, token, ask);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject request = Http.json(created);
        assertEquals("REQUESTED", request.getString("status"));
        assertEquals(number, request.getString("order"));
        assertEquals(1, request.getInt("quantity"));
        assertEquals("DAMAGED", request.getString("reason"));
        HttpResponse<String> again = returns(number, token, ask);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(
                request.getString("id"), Http.json(again).getString("id"), "the same request again is the open one");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 1, \"quantity\": 2, \"reason\": \"WRONG_ITEM\"}"),
                409,
                "INVALID_STATE",
                "lineId");
        JsonObject open = readReturns(number, token);
        assertEquals(1, open.getJsonArray("items").size(), open.toString());
        assertEquals(
                request.getString("id"),
                open.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals("REQUESTED", open.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals(0, open.getJsonArray("returnable").size(), "a line with an open request is not offered again");

        // another cooperative's manager: neither the order's page nor the request is hers to decide
        HttpResponse<String> other = BackOffice.session(app, "coop-shuangwan").get("/fulfil.xhtml?number=" + number);
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains("returns:list"), "no return decisions for her");
        assertFalse(BackOffice.session(app, "coop-shuangwan")
                .get("/requests.xhtml")
                .body()
                .contains(number));
        BackOffice.Session manager = BackOffice.session(app, "coop-ningyuan");
        assertTrue(manager.get("/requests.xhtml").body().contains(number), "her requests page lists the open return");

        // the cooperative's manager accepts on the order's page: the piece is refunded, back to stock
        HttpResponse<String> page = manager.get("/fulfil.xhtml?number=" + number);
        assertEquals(200, page.statusCode(), page.body());
        PageForms.Form form = PageForms.of(page.body()).stream()
                .filter(f -> f.id().equals("returns"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no return decisions on her order page"));
        assertTrue(
                form.buttons().contains("returns:list:0:accept"), form.buttons().toString());
        Map<String, String> fields = new LinkedHashMap<>();
        form.fields().forEach(f -> fields.put(f.name(), f.value()));
        fields.put("returns:list:0:restock", "true");
        fields.put("returns:list:0:accept", "");
        fields.put("primefaces.nonce", PageForms.cspNonce(page.body()));
        int onHand = onHand(order[2]);
        HttpResponse<String> accepted = manager.postForm("/fulfil.xhtml?number=" + number, fields);
        assertTrue(
                accepted.statusCode() == 302 || accepted.statusCode() == 303,
                accepted.statusCode() + " " + accepted.body());

        JsonObject read = Http.json(Http.get(app.uri("api/v1/orders/" + number), "Authorization", "Bearer " + token));
        List<JsonObject> history = read.getJsonArray("history").getValuesAs(JsonObject.class);
        assertTrue(
                history.stream()
                        .anyMatch(h ->
                                h.containsKey("note") && h.getString("note").startsWith("refunded ")),
                "the refund is in the order's history: " + history);
        assertEquals("DELIVERED", read.getString("status"), "one of two pieces refunded");
        assertEquals(onHand + 1, onHand(order[2]), "the piece she sends back is back in stock, as chosen");
        JsonObject decided = readReturns(number, token);
        JsonObject acceptedRequest = decided.getJsonArray("items").getJsonObject(0);
        assertEquals("ACCEPTED", acceptedRequest.getString("status"), decided.toString());
        assertTrue(acceptedRequest.containsKey("refundSequence") && acceptedRequest.containsKey("decidedAt"));
        assertEquals(1, decided.getJsonArray("returnable").getJsonObject(0).getInt("pieces"), "one piece is left");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 1, \"quantity\": 2, \"reason\": \"CHANGED_MIND\"}"),
                409,
                "INVALID_STATE",
                "quantity");

        String buyerPage = Http.get(
                        app.uri("order.xhtml?number=" + number + "&token=" + token), "Accept-Language", "zh-CN")
                .body();
        assertTrue(buyerPage.contains("已同意，已退款"), "the buyer reads it refunded");
        assertTrue(
                buyerPage.contains("（作品破损）——买家说：一角开线了"),
                "the refund's reason in her history is her chosen reason in Chinese, then her own note");
        assertTrue(buyerPage.contains("金昌市") && buyerPage.contains("北京路 18 号"), "her order page shows the address");
        assertTrue(buyerPage.contains("申请退货/退款"), "one piece is left to ask for");
    }

    @Test
    void aPhotoGoesWithTheRequestAndOnlyTheBuyerAndTheLinesCooperativeCanFetchIt() throws IOException {
        String[] order = paidOrder(app, "returns-photo-api-");
        String number = order[0];
        String token = order[1];
        deliver(app, number);
        byte[] png = picture("png", 400, 300);
        String text = Base64.getEncoder().encodeToString("这不是照片".getBytes(StandardCharsets.UTF_8));

        ApiErrors.assertError(returns(number, token, withPhoto("image/png", text)), 400, "VALIDATION", "photo");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        withPhoto(
                                "image/png",
                                Base64.getEncoder()
                                        .encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                                                .getBytes(StandardCharsets.UTF_8)))),
                400,
                "VALIDATION",
                "photo");
        ApiErrors.assertError(
                returns(number, token, withPhoto("image/png", "%%% not base64 %%%")), 400, "VALIDATION", "photo.data");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        withPhoto("image/gif", Base64.getEncoder().encodeToString(png))),
                400,
                "VALIDATION",
                "photo.contentType");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        withPhoto("image/jpeg", Base64.getEncoder().encodeToString(png))),
                400,
                "VALIDATION",
                "photo.contentType");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"DAMAGED\", \"photo\": {\"data\": \"\","
                                + " \"name\": \"a.png\"}}"),
                400,
                "VALIDATION",
                "photo.name");
        ApiErrors.assertError(
                returns(
                        number,
                        token,
                        "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"DAMAGED\", \"photo\": {\"data\": \""
                                + Base64.getEncoder().encodeToString(png) + "\"}}"),
                400,
                "VALIDATION",
                "photo.contentType");
        ApiErrors.assertError(
                returns(number, token, "{\"lineId\": 1, \"quantity\": 1, \"reason\": 3, \"photo\": \"a.png\"}"),
                400,
                "VALIDATION",
                "photo",
                "reason");
        // the API's body limit holds with a photo too: 1 MB, so at most about 750 KB of photo
        byte[] large = new byte[800 * 1024];
        System.arraycopy(png, 0, large, 0, png.length);
        HttpResponse<String> tooLarge = returns(
                number, token, withPhoto("image/png", Base64.getEncoder().encodeToString(large)));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(0, readReturns(number, token).getJsonArray("items").size(), "no refused request was kept");

        // the order page's form states the rule next to its photo field, in either language
        String english = Http.get(app.uri("order.xhtml?number=" + number + "&token=" + token), "Accept-Language", "en")
                .body();
        assertTrue(english.contains("JPEG, PNG or WebP, at most 5 MB and 6000 × 6000 pixels"), "the rule in English");
        assertTrue(english.contains("enctype=\"multipart/form-data\""), "the return form sends files");
        String chinese = Http.get(
                        app.uri("order.xhtml?number=" + number + "&token=" + token), "Accept-Language", "zh-CN")
                .body();
        assertTrue(chinese.contains("JPEG、PNG 或 WebP，最大 5 MB，最大 6000 × 6000 像素"), "the rule in Chinese");

        HttpResponse<String> created = returns(
                number, token, withPhoto("image/png", Base64.getEncoder().encodeToString(png)));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject request = Http.json(created);
        assertTrue(request.getBoolean("hasPhoto"), request.toString());
        String id = request.getString("id");
        assertTrue(readReturns(number, token)
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("hasPhoto"));

        // the buyer, with the order's token, as her order page shows it
        assertTrue(
                Http.get(app.uri("order.xhtml?number=" + number + "&token=" + token))
                        .body()
                        .contains("/return-photos/" + id + "-thumb.jpg?number=" + number + "&amp;token="),
                "her order page shows her photo's thumbnail");
        HttpResponse<byte[]> thumb =
                bytes(app.uri("return-photos/" + id + "-thumb.jpg?number=" + number + "&token=" + token));
        assertEquals(200, thumb.statusCode());
        assertEquals(
                "image/jpeg",
                thumb.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumb.body())).getWidth(), "the thumbnail");
        assertTrue(
                thumb.headers().firstValue("Cache-Control").orElse("").contains("private"),
                "never kept by a shared cache");
        for (String wrong : List.of(
                "return-photos/" + id + ".jpg?number=" + number + "&token=not-its-token",
                "return-photos/" + id + ".jpg?number=" + number,
                "return-photos/" + id + ".jpg")) {
            assertEquals(404, bytes(app.uri(wrong)).statusCode(), wrong);
        }

        // the back office: the line's cooperative sees it, another cooperative's manager and a stranger do not
        HttpResponse<String> hers = BackOffice.session(app, "coop-ningyuan").get("/return-photos/" + id + ".jpg");
        assertEquals(200, hers.statusCode());
        assertEquals(
                "image/jpeg",
                hers.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(
                200,
                BackOffice.session(app, "federation")
                        .get("/return-photos/" + id + "-thumb.jpg")
                        .statusCode());
        assertEquals(
                404,
                BackOffice.session(app, "coop-shuangwan")
                        .get("/return-photos/" + id + ".jpg")
                        .statusCode());
        assertEquals(
                404,
                BackOffice.session(app, "broker-li")
                        .get("/return-photos/" + id + ".jpg")
                        .statusCode());
        HttpResponse<String> anonymous = BackOffice.session(app, null).get("/return-photos/" + id + ".jpg");
        assertTrue(
                anonymous.statusCode() != 200
                        && !"image/jpeg"
                                .equals(anonymous
                                        .headers()
                                        .firstValue("Content-Type")
                                        .orElse("")),
                "behind the login: " + anonymous.statusCode());
        String requestsPage =
                BackOffice.session(app, "coop-ningyuan").get("/requests.xhtml").body();
        assertTrue(requestsPage.contains("/admin/return-photos/" + id + "-thumb.jpg"), "her requests page shows it");
    }

    private static String withPhoto(String contentType, String data) {
        return "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"DAMAGED\", \"photo\": {\"contentType\": \"" + contentType
                + "\", \"data\": \"" + data + "\"}}";
    }

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(180, 30, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> bytes(java.net.URI uri) {
        try {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int onHand(String productId) {
        HttpResponse<String> stock = BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?productId=" + productId);
        assertEquals(200, stock.statusCode(), stock.body());
        return Http.jsonArray(stock).stream().mapToInt(l -> l.getInt("onHand")).sum();
    }

    private JsonObject readReturns(String number, String token) {
        HttpResponse<String> read =
                Http.get(app.uri("api/v1/orders/" + number + "/returns"), "Authorization", "Bearer " + token);
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read);
    }

    private HttpResponse<String> returns(String number, String token, String body) {
        return Http.post(
                app.uri("api/v1/orders/" + number + "/returns"),
                "application/json",
                body,
                "Authorization",
                "Bearer " + token);
    }
}
