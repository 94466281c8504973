package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Orders a list test makes for itself, by one buyer no other test has (her name and phone are the test's own):
 * pieces booked in first by the cooperatives' managers so that no demo stock is sold, and at {@link #close()} the
 * orders called off by the buyer and the pieces booked out again.
 */
final class ListedOrders implements AutoCloseable {

    final String buyer;
    final String phone;
    final String ningyuanId;
    final String shuangwanId;
    final String ningyuanProduct;
    final String shuangwanProduct;
    /** Numbers in the order placed; the tokens to call them off with. */
    final List<String> numbers = new ArrayList<>();

    private final List<String> tokens = new ArrayList<>();
    private final List<String[]> bookedIn = new ArrayList<>();
    private final Map<String, List<String[]>> piecesOf = new HashMap<>();
    private final RunningApp app;

    ListedOrders(RunningApp app) {
        this.app = app;
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        buyer = "列表买家" + n;
        phone = "136" + n;
        ningyuanId = cooperativeOf("coop-ningyuan");
        shuangwanId = cooperativeOf("coop-shuangwan");
        List<JsonObject> products = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        ningyuanProduct = productOf(products, ningyuanId);
        shuangwanProduct = productOf(products, shuangwanId);
    }

    private String cooperativeOf(String manager) {
        return Http.jsonArray(BackOffice.get(app, manager, "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
    }

    private static String productOf(List<JsonObject> products, String cooperativeId) {
        return products.stream()
                .filter(p -> p.getJsonObject("cooperative").getString("id").equals(cooperativeId))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    /** Books a piece of the product in at its cooperative's main place, to be booked out at the end. */
    private void bookIn(String manager, String productId) {
        HttpResponse<String> in = BackOffice.post(
                app,
                manager,
                "/api/v1/stock-adjustments",
                "{\"productId\": \"" + productId + "\", \"delta\": 1, \"reason\": \"列表测试入库\"}");
        assertEquals(200, in.statusCode(), in.body());
        bookedIn.add(new String[] {manager, productId});
    }

    /** One bank-transfer order of one piece of each product, by the test's buyer; its number. */
    String place(String... productIds) {
        int booked = bookedIn.size();
        StringBuilder lines = new StringBuilder();
        for (String id : productIds) {
            bookIn(id.equals(ningyuanProduct) ? "coop-ningyuan" : "coop-shuangwan", id);
            lines.append(lines.isEmpty() ? "" : ", ")
                    .append("{\"productId\": \"")
                    .append(id)
                    .append("\", \"quantity\": 1}");
        }
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders?lang=zh"),
                "application/json",
                "{\"lines\": [" + lines + "], \"contact\": {\"name\": \"" + buyer + "\", \"phone\": \"" + phone
                        + "\"}, " + PublicApiErrorsIT.ADDRESS + ", \"paymentMethod\": \"BANK_TRANSFER\"}",
                "Idempotency-Key",
                "list-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        numbers.add(order.getString("number"));
        tokens.add(order.getString("accessToken"));
        piecesOf.put(order.getString("number"), List.copyOf(bookedIn.subList(booked, bookedIn.size())));
        return order.getString("number");
    }

    /** The order was paid, so its pieces are sold: they are not booked out at the end (that would take others'). */
    void sold(String number) {
        piecesOf.getOrDefault(number, List.of()).forEach(bookedIn::remove);
    }

    /** The buyer calls the order off (it was placed by this test). */
    void cancel(String number) {
        HttpResponse<String> cancelled = Http.post(
                app.uri("api/v1/orders/" + number + "/cancel"),
                "application/json",
                "",
                "Authorization",
                "Bearer " + tokens.get(numbers.indexOf(number)));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
    }

    /** Calls off what is still open (a cancelled order answers 409, nothing changes) and books every piece out again. */
    @Override
    public void close() {
        for (int i = 0; i < numbers.size(); i++) {
            Http.post(
                    app.uri("api/v1/orders/" + numbers.get(i) + "/cancel"),
                    "application/json",
                    "",
                    "Authorization",
                    "Bearer " + tokens.get(i));
        }
        for (String[] piece : bookedIn) {
            BackOffice.post(
                    app,
                    piece[0],
                    "/api/v1/stock-adjustments",
                    "{\"productId\": \"" + piece[1] + "\", \"delta\": -1, \"reason\": \"列表测试出库\"}");
        }
    }
}
