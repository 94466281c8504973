package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The desk's, the quotes', the income ledger's and the stock lists over HTTP (issue 17): their filters narrow what the caller
 * may see, a page and the total agree, and every wrong parameter is one 400 naming it.
 */
class BigListsIT {

    private final RunningApp app = RunningApp.get();

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject get(String user, String path) {
        HttpResponse<String> answer = BackOffice.get(app, user, path);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private static List<String> numbers(JsonObject page, String list) {
        return page.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number"))
                .toList();
    }

    @Test
    void theDesksListsAreFilteredAndPagedWithinTheBrokersReach() {
        try (ListedOrders orders = new ListedOrders(app)) {
            String first = orders.place(orders.ningyuanProduct);
            String second = orders.place(orders.shuangwanProduct);
            String third = orders.place(orders.ningyuanProduct);
            String byBuyer = "/api/v1/desk?q=" + encoded(orders.buyer);

            JsonObject open = get("broker-li", byBuyer);
            assertEquals(List.of(third, second, first), numbers(open, "open"));
            assertEquals(3, open.getInt("openTotal"));
            assertEquals(List.of(), numbers(open, "mine"));
            assertEquals(0, open.getInt("mineTotal"));
            JsonObject paged = get("broker-li", byBuyer + "&size=2&page=1");
            assertEquals(List.of(first), numbers(paged, "open"));
            assertEquals(3, paged.getInt("openTotal"));

            HttpResponse<String> claimed = BackOffice.post(app, "broker-li", "/api/v1/desk/" + second + "/claim", "");
            assertEquals(200, claimed.statusCode(), claimed.body());
            JsonObject after = get("broker-li", byBuyer);
            assertEquals(List.of(second), numbers(after, "mine"));
            assertEquals(List.of(third, first), numbers(after, "open"));
            assertEquals(
                    List.of(second), numbers(get("broker-li", byBuyer + "&cooperative=" + orders.shuangwanId), "mine"));
            assertEquals(
                    List.of(third, first),
                    numbers(get("broker-li", byBuyer + "&product=" + orders.ningyuanProduct), "open"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertEquals(
                    0, get("broker-li", byBuyer + "&from=" + today.plusDays(1)).getInt("openTotal"));
            assertEquals(0, get("broker-li", byBuyer + "&status=PAID").getInt("mineTotal"));
            // another broker's name narrows her own list to nothing; federation staff find it under her name
            assertEquals(0, get("broker-li", byBuyer + "&broker=broker-zhao").getInt("mineTotal"));
            assertEquals(List.of(second), numbers(get("federation", byBuyer + "&broker=broker-li"), "mine"));
            assertEquals(0, get("federation", byBuyer + "&broker=broker-zhao").getInt("mineTotal"));
        }
    }

    @Test
    void quotesAreFilteredAndPagedWithinTheBrokersOwn() {
        try (ListedOrders orders = new ListedOrders(app)) {
            String customer = "报价客户" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            List<String> made = new ArrayList<>();
            for (String product : List.of(orders.ningyuanProduct, orders.shuangwanProduct, orders.ningyuanProduct)) {
                HttpResponse<String> quote = BackOffice.post(
                        app,
                        "broker-li",
                        "/api/v1/quotes",
                        "{\"customer\": {\"name\": \"" + customer + "\", \"phone\": \"13900000000\"}, \"lines\": ["
                                + "{\"productId\": \"" + product + "\", \"quantity\": 2}]}");
                assertEquals(201, quote.statusCode(), quote.body());
                made.add(Http.json(quote).getString("number"));
            }
            HttpResponse<String> declined =
                    BackOffice.post(app, "broker-li", "/api/v1/quotes/" + made.get(0) + "/decline", "");
            assertEquals(200, declined.statusCode(), declined.body());
            String byCustomer = "/api/v1/quotes?q=" + encoded(customer);

            JsonObject all = get("broker-li", byCustomer);
            assertEquals(List.of(made.get(2), made.get(1), made.get(0)), numbers(all, "items"));
            assertEquals(3, all.getInt("total"));
            JsonObject paged = get("broker-li", byCustomer + "&size=1&page=1");
            assertEquals(List.of(made.get(1)), numbers(paged, "items"));
            assertEquals(3, paged.getInt("total"));
            assertEquals(List.of(made.get(0)), numbers(get("broker-li", byCustomer + "&status=DECLINED"), "items"));
            assertEquals(
                    List.of(made.get(1)),
                    numbers(get("broker-li", byCustomer + "&cooperative=" + orders.shuangwanId), "items"));
            assertEquals(
                    List.of(made.get(2), made.get(0)),
                    numbers(get("federation", byCustomer + "&product=" + orders.ningyuanProduct), "items"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertEquals(
                    3,
                    get("broker-li", byCustomer + "&from=" + today + "&to=" + today)
                            .getInt("total"));
            assertEquals(
                    0,
                    get("broker-li", byCustomer + "&to=" + today.minusDays(1)).getInt("total"));
            // another broker never finds them
            assertEquals(0, get("broker-zhao", byCustomer).getInt("total"));
            assertEquals(
                    0, get("broker-zhao", "/api/v1/quotes?q=" + made.get(1)).getInt("total"));
        }
    }

    @Test
    void theIncomeLedgerIsFilteredAndPagedWithinTheManagersCooperative() {
        try (ListedOrders orders = new ListedOrders(app)) {
            JsonObject all = get("federation", "/api/v1/income-entries?size=5");
            assertTrue(all.getInt("total") > 0, "the demo's sales are in the ledger: " + all);
            assertTrue(all.getJsonArray("items").size() <= 5);
            JsonObject hers = get("coop-ningyuan", "/api/v1/income-entries?size=100");
            assertTrue(hers.getInt("total") > 0, hers.toString());
            for (JsonObject e : hers.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertEquals(orders.ningyuanId, e.getJsonObject("cooperative").getString("id"), e.toString());
                assertTrue(!e.containsKey("realName"), "no private data: " + e);
            }
            assertEquals(
                    hers.getInt("total"),
                    get("federation", "/api/v1/income-entries?cooperative=" + orders.ningyuanId)
                            .getInt("total"),
                    "federation staff's filter for her cooperative keeps what she reads");
            assertEquals(
                    0,
                    get("coop-ningyuan", "/api/v1/income-entries?cooperative=" + orders.shuangwanId)
                            .getInt("total"),
                    "a manager's filter for another cooperative keeps nothing");
            assertEquals(
                    0,
                    get("coop-ningyuan", "/api/v1/income-entries?product=" + orders.shuangwanProduct)
                            .getInt("total"));
            JsonObject sales = get("coop-ningyuan", "/api/v1/income-entries?kind=SALE&size=100");
            for (JsonObject e : sales.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertEquals("SALE", e.getString("kind"));
            }
            String artisan = hers.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.containsKey("artisanId"))
                    .findFirst()
                    .orElseThrow()
                    .getString("artisanId");
            JsonObject byArtisan = get("coop-ningyuan", "/api/v1/income-entries?size=100&artisan=" + artisan);
            assertTrue(byArtisan.getInt("total") >= 1);
            for (JsonObject e : byArtisan.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertEquals(artisan, e.getString("artisanId"));
            }
            JsonObject later = get(
                    "federation",
                    "/api/v1/income-entries?from="
                            + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
            assertEquals(0, later.getInt("total"));
            assertError(BackOffice.get(app, "broker-li", "/api/v1/income-entries"), 403, "FORBIDDEN");
        }
    }

    /** The stock call's answer as {items, total}: its array, the contract's answer, and its X-Total-Count header. */
    private JsonObject stock(String user, String path) {
        HttpResponse<String> answer = BackOffice.get(app, user, path);
        assertEquals(200, answer.statusCode(), answer.body());
        int total = Integer.parseInt(answer.headers()
                .firstValue("X-Total-Count")
                .orElseThrow(() -> new AssertionError("no X-Total-Count: " + path)));
        return jakarta.json.Json.createObjectBuilder()
                .add("items", jakarta.json.Json.createArrayBuilder(Http.jsonArray(answer)))
                .add("total", total)
                .build();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> productIds(JsonObject page) {
        return items(page).stream().map(o -> o.getString("productId")).toList();
    }

    @Test
    void stockIsFilteredAndPagedWithinTheManagersCooperative() {
        try (ListedOrders orders = new ListedOrders(app)) {
            JsonObject hers = stock("coop-ningyuan", "/api/v1/stock?size=100&lang=zh");
            int total = hers.getInt("total");
            assertTrue(total > 4 && total <= 100, "the demo's products of Ningyuanpu: " + total);
            assertEquals(total, items(hers).size());
            for (JsonObject s : items(hers)) {
                assertEquals(orders.ningyuanId, s.getJsonObject("cooperative").getString("id"), s.toString());
            }
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * 3 < total; page++) {
                JsonObject three = stock("coop-ningyuan", "/api/v1/stock?size=3&page=" + page);
                assertEquals(total, three.getInt("total"));
                paged.addAll(productIds(three));
            }
            assertEquals(productIds(hers), paged, "the pages one after the other are the whole list, each once");
            JsonObject all = stock("federation", "/api/v1/stock");
            assertTrue(all.getInt("total") > 20, "more products than a page: " + all.getInt("total"));
            assertEquals(
                    all.getInt("total"),
                    items(all).size(),
                    "without page or size every product, as the contract has it");
            assertEquals(20, items(stock("federation", "/api/v1/stock?page=0")).size(), "20 a page by default");

            JsonObject first = items(hers).getFirst();
            String name = first.getString("name");
            String part = name.substring(0, 2);
            JsonObject found = stock("coop-ningyuan", "/api/v1/stock?size=100&lang=zh&q=" + encoded(part));
            assertTrue(productIds(found).contains(first.getString("productId")), found.toString());
            for (JsonObject s : items(found)) {
                assertTrue(s.getString("name").contains(part), s.toString());
            }
            String english = stock("coop-ningyuan", "/api/v1/stock?lang=en&productId=" + first.getString("productId"))
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getString("name");
            assertTrue(
                    productIds(stock("coop-ningyuan", "/api/v1/stock?size=100&q=" + encoded(english.toUpperCase())))
                            .contains(first.getString("productId")),
                    "found by its English name, case ignored: " + english);

            String craft = first.getString("craft");
            JsonObject ofCraft = stock("coop-ningyuan", "/api/v1/stock?size=100&craft=" + craft);
            assertTrue(ofCraft.getInt("total") >= 1);
            for (JsonObject s : items(ofCraft)) {
                assertEquals(craft, s.getString("craft"));
            }
            JsonObject stocked = items(hers).stream()
                    .filter(s -> !s.getJsonArray("locations").isEmpty())
                    .findFirst()
                    .orElseThrow();
            String place = stocked.getJsonArray("locations").getJsonObject(0).getString("locationId");
            for (JsonObject s : items(stock("coop-ningyuan", "/api/v1/stock?size=100&place=" + place))) {
                assertTrue(
                        s.getJsonArray("locations").getValuesAs(JsonObject.class).stream()
                                .anyMatch(l -> l.getString("locationId").equals(place) && l.getInt("onHand") > 0),
                        s.toString());
            }
            for (JsonObject s : items(stock("federation", "/api/v1/stock?size=100&level=SOLD_OUT"))) {
                assertEquals(0, s.getInt("available"), s.toString());
            }
            for (JsonObject s : items(stock("federation", "/api/v1/stock?size=100&level=LOW"))) {
                assertTrue(s.getBoolean("low") && s.getInt("available") < s.getInt("lowStockThreshold"), s.toString());
            }

            // her scope holds through every filter; federation staff and brokers see every cooperative
            assertEquals(
                    0,
                    stock("coop-ningyuan", "/api/v1/stock?cooperative=" + orders.shuangwanId)
                            .getInt("total"));
            JsonObject theirs = stock("federation", "/api/v1/stock?size=100&cooperative=" + orders.shuangwanId);
            assertTrue(theirs.getInt("total") > 0);
            String theirPlace = items(theirs).stream()
                    .flatMap(s -> s.getJsonArray("locations").getValuesAs(JsonObject.class).stream())
                    .filter(l -> l.getInt("onHand") > 0)
                    .findFirst()
                    .orElseThrow()
                    .getString("locationId");
            assertTrue(stock("federation", "/api/v1/stock?place=" + theirPlace).getInt("total") > 0);
            assertEquals(
                    0,
                    stock("coop-ningyuan", "/api/v1/stock?place=" + theirPlace).getInt("total"));
            assertEquals(
                    0,
                    stock(
                                    "coop-ningyuan",
                                    "/api/v1/stock?q="
                                            + encoded(items(theirs).getFirst().getString("name")))
                            .getInt("total"));
            assertError(
                    BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?productId=" + orders.shuangwanProduct),
                    404,
                    "NOT_FOUND");
            assertEquals(
                    total,
                    stock("federation", "/api/v1/stock?cooperative=" + orders.ningyuanId)
                            .getInt("total"));
            assertEquals(
                    stock("federation", "/api/v1/stock").getInt("total"),
                    stock("broker-li", "/api/v1/stock").getInt("total"));
        }
    }

    @Test
    void everyWrongParameterIsNamedInOne400() {
        assertError(
                BackOffice.get(
                        app,
                        "broker-li",
                        "/api/v1/desk?q=" + "x".repeat(101) + "&status=SOLD&from=2026-13-01&to=yesterday"
                                + "&cooperative=abc&product=-2&broker=" + "b".repeat(101) + "&page=-1&size=101"),
                400,
                "VALIDATION",
                "q",
                "status",
                "from",
                "to",
                "cooperative",
                "product",
                "broker",
                "page",
                "size");
        assertError(
                BackOffice.get(
                        app,
                        "federation",
                        "/api/v1/quotes?q=" + "x".repeat(101) + "&status=EXPIRED&from=2026-12-05&to=2026-12-01"
                                + "&cooperative=0&product=x&page=x&size=0"),
                400,
                "VALIDATION",
                "q",
                "status",
                "to",
                "cooperative",
                "product",
                "page",
                "size");
        assertError(
                BackOffice.get(
                        app,
                        "coop-ningyuan",
                        "/api/v1/income-entries?artisan=her&kind=GIFT&from=2026-12-05&to=2026-02-30"
                                + "&cooperative=-1&product=1.5&page=-3&size=1000"),
                400,
                "VALIDATION",
                "artisan",
                "kind",
                "to",
                "cooperative",
                "product",
                "page",
                "size");
        assertError(
                BackOffice.get(
                        app,
                        "coop-ningyuan",
                        "/api/v1/stock?q=" + "x".repeat(101) + "&craft=Not!a!craft&cooperative=abc&place=-1"
                                + "&level=HIGH&page=-1&size=101"),
                400,
                "VALIDATION",
                "q",
                "craft",
                "cooperative",
                "place",
                "level",
                "page",
                "size");
        assertError(BackOffice.get(app, "federation", "/api/v1/stock?craft=no-such-craft"), 400, "VALIDATION", "craft");
    }
}
