package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real things of a running instance's demo data to fill a {@link BackOfficeCall}'s path and example with: for
 * coop-ningyuan's side ("own": her product, order, artisan, batch, course; broker-li's quote and work order) and for
 * another cooperative's ("other"). Made once per instance: it places two orders and opens two work orders.
 */
final class BackOfficeFixtures {

    final String untrainedArtisan;
    final String ownProduct;
    final String otherProduct;
    final String ownOrder;
    final String otherOrder;
    final String brokerOrder;
    /** broker-li's expired demo quote (nothing can change it) and another broker's. */
    final String ownQuote;

    final String otherQuote;
    /** own (coop-ningyuan's) and other (another cooperative's) artisan, batch, course, cooperative, broker, work order, task */
    final Map<String, String> ownIds = new HashMap<>();

    final Map<String, String> otherIds = new HashMap<>();
    private final RunningApp app;
    /**
     * Pieces a fixture product must have: one for the fixture's own order, the rest for the test's, with a margin for
     * the search list being up to two seconds behind sales of other tests.
     */
    private static final int SPARE_PIECES = 3;
    /** Of the products with spare pieces, the one with most: other tests running meanwhile sell the same demo stock. */
    private static final Comparator<JsonObject> MOST_AVAILABLE = Comparator.comparingInt(p -> p.getInt("available"));

    BackOfficeFixtures(RunningApp app) {
        this.app = app;
        List<JsonObject> ownArtisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String ningyuanId = ownArtisans.get(0).getJsonObject("cooperative").getString("id");
        List<JsonObject> products = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject own = products.stream()
                .filter(p -> p.getJsonObject("cooperative").getString("id").equals(ningyuanId)
                        && p.getInt("available") >= SPARE_PIECES)
                .max(MOST_AVAILABLE)
                .orElseThrow();
        ownProduct = own.getString("id");
        untrainedArtisan = ownArtisans.stream()
                .filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .noneMatch(l -> l.getString("craft").equals(own.getString("craft"))))
                .findFirst()
                .orElseThrow()
                .getString("id");
        otherProduct = products.stream()
                .filter(p -> !p.getJsonObject("cooperative").getString("id").equals(ningyuanId)
                        && p.getInt("available") >= SPARE_PIECES)
                .max(MOST_AVAILABLE)
                .orElseThrow()
                .getString("id");
        ownOrder = place(ownProduct);
        otherOrder = place(otherProduct);
        brokerOrder = Http.json(BackOffice.get(app, "broker-li", "/api/v1/orders"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        List<JsonObject> quotes = Http.json(BackOffice.get(app, "federation", "/api/v1/quotes?size=100"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        ownQuote = quotes.stream()
                .filter(q -> q.getString("broker").equals("broker-li") && q.getBoolean("expired"))
                .findFirst()
                .orElseThrow()
                .getString("number");
        otherQuote = quotes.stream()
                .filter(q -> !q.getString("broker").equals("broker-li"))
                .findFirst()
                .orElseThrow()
                .getString("number");
        List<JsonObject> allArtisans = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/artisans"));
        ownIds.put("{artisan}", ownArtisans.get(0).getString("id"));
        ownIds.put("{cooperative}", ningyuanId);
        ownIds.put("{importKind}", "artisans");
        otherIds.put("{importKind}", "artisans");
        otherIds.put("{cooperative}", ningyuanId);
        // back-office accounts (issue 17): the calls' target is the federation's own account, whose changes are refused
        ownIds.put("{account}", "federation");
        otherIds.put("{account}", "federation");
        otherIds.put(
                "{artisan}",
                allArtisans.stream()
                        .filter(a ->
                                !a.getJsonObject("cooperative").getString("id").equals(ningyuanId))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"));
        List<JsonObject> batches = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/production-batches"));
        ownIds.put(
                "{batch}",
                batches.stream()
                        .filter(b -> b.getString("cooperativeId").equals(ningyuanId))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"));
        otherIds.put(
                "{batch}",
                batches.stream()
                        .filter(b -> !b.getString("cooperativeId").equals(ningyuanId))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"));
        List<JsonObject> courses = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/training-courses"));
        ownIds.put(
                "{course}",
                courses.stream()
                        .filter(c -> ningyuanId.equals(c.getString("cooperativeId", null)))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"));
        otherIds.put(
                "{course}",
                courses.stream()
                        .filter(c -> !c.isNull("cooperativeId") && !ningyuanId.equals(c.getString("cooperativeId")))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"));
        // brokers' commissions: broker-li's own, and the second demo broker's
        ownIds.put("{broker}", "broker-li");
        otherIds.put("{broker}", "broker-zhao");
        // piecework dispatch: broker-li's work order with a task for a Ningyuan woman (own for coop-ningyuan and
        // broker-li), and Shuangwan's own work order with a task for one of its women (neither may reach it)
        String[] brokers = workOrderWithTask("broker-li", ownProduct, ningyuanId);
        ownIds.put("{workOrder}", brokers[0]);
        ownIds.put("{task}", brokers[1]);
        List<JsonObject> shuangwanArtisans = Http.jsonArray(BackOffice.get(app, "coop-shuangwan", "/api/v1/artisans"));
        String shuangwanId =
                shuangwanArtisans.get(0).getJsonObject("cooperative").getString("id");
        String shuangwanProduct = products.stream()
                .filter(p -> p.getJsonObject("cooperative").getString("id").equals(shuangwanId)
                        && p.getInt("available") >= SPARE_PIECES)
                .max(MOST_AVAILABLE)
                .orElseThrow()
                .getString("id");
        String[] shuangwans = workOrderWithTask("coop-shuangwan", shuangwanProduct, shuangwanId);
        otherIds.put("{workOrder}", shuangwans[0]);
        otherIds.put("{task}", shuangwans[1]);
    }

    /** The call's path with the own or the other side's things; {@code broker} picks broker-li's order for {order}. */
    String path(BackOfficeCall call, boolean own, boolean broker) {
        String order = broker ? (own ? brokerOrder : ownOrder) : (own ? ownOrder : otherOrder);
        String path = call.path()
                .replace("{product}", own ? ownProduct : otherProduct)
                .replace("{order}", order)
                .replace("{quote}", own ? ownQuote : otherQuote);
        for (Map.Entry<String, String> id : (own ? ownIds : otherIds).entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    /** The call's example body with the own or the other side's things, or null for a call without a body. */
    String example(BackOfficeCall call, boolean own) {
        return call.example() == null
                ? null
                : call.example()
                        .replace("{product}", own ? ownProduct : otherProduct)
                        .replace("{untrainedArtisan}", untrainedArtisan)
                        .replace("{broker}", own ? "broker-li" : "broker-zhao");
    }

    /** A work order of the user's for 10 pieces of the product, with a 5-piece task for a trained woman of the cooperative. */
    private String[] workOrderWithTask(String user, String productId, String cooperativeId) {
        HttpResponse<String> opened = BackOffice.post(
                app, user, "/api/v1/work-orders", "{\"productId\": \"" + productId + "\", \"quantity\": 10}");
        assertEquals(201, opened.statusCode(), opened.body());
        String number = Http.json(opened).getString("number");
        String artisan =
                Http.jsonArray(BackOffice.get(app, user, "/api/v1/work-orders/" + number + "/candidates")).stream()
                        .filter(c ->
                                c.getJsonObject("cooperative").getString("id").equals(cooperativeId))
                        .findFirst()
                        .orElseThrow()
                        .getString("artisanId");
        HttpResponse<String> task = BackOffice.post(
                app,
                user,
                "/api/v1/work-orders/" + number + "/tasks",
                "{\"artisanId\": \"" + artisan
                        + "\", \"quantity\": 5, \"pieceRate\": \"3.00\", \"dueOn\": \"2099-12-31\"}");
        assertEquals(201, task.statusCode(), task.body());
        return new String[] {number, Http.json(task).getString("id")};
    }

    private String place(String productId) {
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "fixture-" + productId + "-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getString("number");
    }
}
