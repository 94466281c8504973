package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "done when" as one chain over the back-office REST API of the running system: broker-li takes a
 * tourist shop's order for 200 sachets, quotes it at the wholesale tier, dispatches it to two women trained in
 * sachets (an untrained one is refused), the pieces are checked (some rejected with a reason), the accepted ones
 * become batches with trace codes and piece-rate pay, the quote becomes an order at the quoted price holding those
 * pieces, the cooperative confirms the payment, ships it and confirms its delivery, broker-li's commission for it
 * shows in her ledger, and the federation's chain report shows the two women's pieces and income under the course
 * that trained them.
 * <p>
 * Other tests share the application: every figure is compared before and after, the expected differences worked
 * out here from the piece rates, the quoted price and the commission rate; the commission rates are put back.
 */
class BrokerChainIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String REPORT = "/api/v1/reports/chain?from=2000-01-01&to=2099-12-31";
    private static final int RATE_BP = 900;

    private final RunningApp app = RunningApp.get();

    @Test
    void aBrokersTwoHundredSachetsForATouristShopReachTheTrainedWomenAndTheFederationsReport() {
        // ---- the product, the women, their course
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject product = Http.json(
                        Http.get(app.uri("api/v1/products?size=100&craft=sachet&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> fen(p.getString("price")) >= 2000)
                .min(java.util.Comparator.comparingLong(
                        p -> fen(p.getString("price")))) // a single sachet, not a gift box
                .orElseThrow(() -> new AssertionError("no Ningyuan sachet of 20.00 or more on sale"));
        String productId = product.getString("id");
        long listFen = fen(product.getString("price"));
        long wholesaleFen = listFen * 70 / 100 / 100 * 100; // 70 % of the list price, whole yuan

        // ---- the wholesale tier and broker-li's own rate for this product (her other rates are kept, and put back)
        assertEquals(
                200,
                put(
                                "coop-ningyuan",
                                "/api/v1/wholesale-prices/" + productId,
                                "{\"tiers\": [{\"minQuantity\": 100, \"unitPrice\": \"" + yuan(wholesaleFen) + "\"}]}")
                        .statusCode());
        List<JsonObject> originalRules = Http.json(
                        BackOffice.get(app, "federation", "/api/v1/commission-rules/broker-li"))
                .getJsonArray("rules")
                .getValuesAs(JsonObject.class);
        List<JsonObject> ours = new ArrayList<>(originalRules.stream()
                .filter(r -> !productId.equals(r.getString("productId", null)))
                .toList());
        ours.add(Json.createObjectBuilder()
                .add("productId", productId)
                .add("basisPoints", RATE_BP)
                .build());
        HttpResponse<String> rated = put("federation", "/api/v1/commission-rules/broker-li", rules(ours));
        assertEquals(200, rated.statusCode(), rated.body());
        try {
            chain(ningyuan, productId, wholesaleFen);
        } finally {
            put("federation", "/api/v1/commission-rules/broker-li", rules(originalRules));
        }
    }

    private void chain(String ningyuan, String productId, long wholesaleFen) {
        // ---- the quote: 200 sachets at the tier of 100 and more, accepted by the shop
        HttpResponse<String> created = BackOffice.post(
                app,
                "broker-li",
                "/api/v1/quotes",
                "{\"customer\": {\"name\": \"敦煌鸣沙山旅游纪念品商店\", \"phone\": \"13909370001\"}, \"validDays\": 14,"
                        + " \"lines\": [{\"productId\": \"" + productId + "\", \"quantity\": 200}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject quote = Http.json(created);
        String quoteNumber = quote.getString("number");
        JsonObject line = quote.getJsonArray("lines").getJsonObject(0);
        assertEquals(yuan(wholesaleFen), line.getString("unitPrice"), "priced by the wholesale tier");
        assertEquals(yuan(200 * wholesaleFen), line.getString("lineTotal"));
        assertEquals(
                "ACCEPTED",
                Http.json(BackOffice.post(app, "broker-li", "/api/v1/quotes/" + quoteNumber + "/accept", ""))
                        .getString("status"));

        // ---- the work order and the women who may make it
        HttpResponse<String> opened =
                BackOffice.post(app, "broker-li", "/api/v1/work-orders", "{\"quoteNumber\": \"" + quoteNumber + "\"}");
        assertEquals(201, opened.statusCode(), opened.body());
        String work = Http.json(opened).getString("number");
        assertEquals(200, Http.json(opened).getInt("quantity"));
        List<JsonObject> candidates =
                Http.jsonArray(BackOffice.get(app, "broker-li", "/api/v1/work-orders/" + work + "/candidates"));
        Set<String> ningyuanCandidates = candidates.stream()
                .filter(c -> c.getJsonObject("cooperative").getString("id").equals(ningyuan)
                        && c.getString("productId").equals(productId))
                .map(c -> c.getString("artisanId"))
                .collect(Collectors.toSet());

        // two of them trained in one sachet course, found in the federation's report
        String courseId = null;
        List<String> women = List.of();
        for (JsonObject row : rows(report())) {
            if (!"sachet".equals(row.getString("craft", null))) {
                continue;
            }
            List<String> trained =
                    course(row.getString("course")).getJsonArray("trainees").getValuesAs(JsonObject.class).stream()
                            .map(t -> t.getString("artisanId"))
                            .filter(ningyuanCandidates::contains)
                            .toList();
            if (trained.size() >= 2) {
                courseId = row.getString("course");
                women = trained.subList(0, 2);
                break;
            }
        }
        assertNotNull(courseId, "a sachet course with two Ningyuan candidates: " + candidates);
        String first = women.get(0);
        String second = women.get(1);
        String untrained = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans")).stream()
                .filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .noneMatch(l -> l.getString("craft").equals("sachet")))
                .findFirst()
                .orElseThrow()
                .getString("id");
        assertFalse(candidates.stream().anyMatch(c -> c.getString("artisanId").equals(untrained)));

        // the figures before: the course's row and the two women in its drill-down
        JsonObject rowBefore = courseRow(courseId);
        JsonObject courseBefore = course(courseId);
        JsonObject firstBefore = trainee(courseBefore, first);
        JsonObject secondBefore = trainee(courseBefore, second);

        // ---- the skill gate, then the tasks
        String due = LocalDate.now(CHINA).plusDays(20).toString();
        ApiErrors.assertError(assign(work, untrained, 20, "6.50", due), 422, "NOT_TRAINED", "artisanId");
        JsonObject firstTask = Http.json(expect(201, assign(work, first, 120, "6.50", due)));
        JsonObject secondTask = Http.json(expect(201, assign(work, second, 80, "7.00", due)));
        assertEquals(
                productId, firstTask.getString("productId"), "she makes the quoted product of her own cooperative");
        ApiErrors.assertError(assign(work, first, 1, "6.50", due), 400, "VALIDATION", "quantity");

        // ---- materials out, pieces back and checked: 10 of the first woman's rejected, given out again to the second
        materials(work, firstTask, "丝线", "12.5", "卷");
        materials(work, secondTask, "艾草", "3", "公斤");
        ApiErrors.assertError(returns(work, firstTask, 110, 10, null), 400, "VALIDATION", "rejectReason");
        JsonObject firstChecked = Http.json(expect(201, returns(work, firstTask, 110, 10, "针脚不齐")));
        assertEquals("RETURNED", firstChecked.getString("status"));
        assertEquals(
                "针脚不齐", firstChecked.getJsonArray("returns").getJsonObject(0).getString("reason"));
        assertEquals(yuan(110 * fen("6.50")), firstChecked.getString("earned"));
        Http.json(expect(201, returns(work, secondTask, 80, 0, null)));
        assertEquals(10, workOrder(work).getInt("toDispatch"), "the rejected pieces are to be made again");
        JsonObject thirdTask = Http.json(expect(201, assign(work, second, 10, "7.00", due)));
        materials(work, thirdTask, "丝线", "1", "卷");
        Http.json(expect(201, returns(work, thirdTask, 10, 0, null)));

        JsonObject made = workOrder(work);
        assertEquals(200, made.getInt("accepted"));
        assertEquals(10, made.getInt("rejected"));
        assertEquals(0, made.getInt("toDispatch"));
        Set<String> traceCodes = new HashSet<>();
        for (JsonObject task : made.getJsonArray("tasks").getValuesAs(JsonObject.class)) {
            for (JsonObject r : task.getJsonArray("returns").getValuesAs(JsonObject.class)) {
                if (r.getInt("accepted") > 0) {
                    String code = r.getString("traceCode");
                    traceCodes.add(code);
                    // the trace code opens the public provenance of her batch
                    JsonObject trace = Http.json(Http.get(app.uri("api/v1/trace/" + code)));
                    assertEquals(
                            task.getString("artisan"),
                            trace.getJsonObject("maker").getString("displayName"),
                            trace.toString());
                    assertEquals(r.getInt("accepted"), trace.getInt("quantity"));
                }
            }
        }
        assertEquals(3, traceCodes.size(), "three checked returns, three batches");
        long firstPay = 110 * fen("6.50");
        long secondPay = 90 * fen("7.00");

        // ---- the quote becomes an order at the quoted price, holding the made pieces
        String orderBody = "{\"shippingAddress\": {\"province\": \"甘肃省\", \"city\": \"酒泉市\", \"district\": \"敦煌市\","
                + " \"line\": \"鸣山路 9 号 鸣沙山旅游纪念品商店\", \"postcode\": \"736200\"}, \"paymentMethod\": \"BANK_TRANSFER\"}";
        JsonObject ordered = Http.json(
                expect(201, BackOffice.post(app, "broker-li", "/api/v1/quotes/" + quoteNumber + "/order", orderBody)));
        assertEquals("ORDERED", ordered.getJsonObject("quote").getString("status"));
        String number = ordered.getString("orderNumber");
        URI tracking = URI.create(ordered.getString("trackingUrl"));
        String token = query(tracking, "token");
        JsonObject order = Http.json(Http.get(app.uri("api/v1/orders/" + number), "Authorization", "Bearer " + token));
        JsonObject orderLine = order.getJsonArray("lines").getJsonObject(0);
        assertEquals(yuan(wholesaleFen), orderLine.getString("unitPrice"));
        assertEquals(200, orderLine.getInt("quantity"));
        long orderValue = 200 * wholesaleFen;
        assertEquals(yuan(orderValue), order.getString("subtotal"));
        String total = order.getString("total");

        // ---- the cooperative confirms the transfer, ships, and confirms the delivery
        expect(
                200,
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/payment-received",
                        "{\"amount\": \"" + total + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \""
                                + LocalDate.now(CHINA) + "\"}"));
        ApiErrors.assertError(
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + number + "/delivered", "{}"),
                409,
                "INVALID_STATE");
        expect(
                200,
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/shipments",
                        "{\"carrier\": \"中国邮政 EMS\", \"trackingNumber\": \"EA" + (System.nanoTime() % 1_000_000_000L)
                                + "CN\"}"));
        ApiErrors.assertError(
                BackOffice.post(app, "coop-shuangwan", "/api/v1/orders/" + number + "/delivered", "{}"),
                404,
                "NOT_FOUND");
        JsonObject delivered = Http.json(expect(
                200,
                BackOffice.post(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders/" + number + "/delivered",
                        "{\"deliveredOn\": \"" + LocalDate.now(CHINA) + "\"}")));
        assertEquals("DELIVERED", delivered.getString("status"));
        assertEquals(
                "DELIVERED",
                Http.json(Http.get(app.uri("api/v1/orders/" + number), "Authorization", "Bearer " + token))
                        .getString("status"),
                "the buyer's tracking shows it");
        assertTrue(
                Http.json(BackOffice.get(app, "broker-li", "/api/v1/orders?status=DELIVERED"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(o -> o.getString("number").equals(number)),
                "she follows it to delivery");

        // ---- broker-li's commission: 9 % of the order value (every sold slice is whole yuan, so no fen is rounded
        // away)
        long commissionFen = orderValue * RATE_BP / 10_000;
        JsonObject commission =
                commissionOf(number).orElseThrow(() -> new AssertionError("no commission for " + number));
        assertEquals(yuan(orderValue), commission.getString("sales"));
        assertEquals(yuan(commissionFen), commission.getString("commission"), "9 % of " + yuan(orderValue));

        // ---- the federation's report: exactly this chain's pieces, sales and income were added under the course
        JsonObject rowAfter = courseRow(courseId);
        assertEquals(
                rowBefore.getJsonNumber("piecesMade").longValue() + 200,
                rowAfter.getJsonNumber("piecesMade").longValue());
        assertEquals(
                rowBefore.getJsonNumber("piecesSold").longValue() + 200,
                rowAfter.getJsonNumber("piecesSold").longValue());
        assertEquals(fen(rowBefore.getString("sales")) + orderValue, fen(rowAfter.getString("sales")));
        assertEquals(
                fen(rowBefore.getString("income")) + firstPay + secondPay,
                fen(rowAfter.getString("income")),
                "the piece-rate pay is the women's income from this work (the sale's artisan share went to the cooperative)");
        JsonObject courseAfter = course(courseId);
        assertWoman(firstBefore, trainee(courseAfter, first), 1, 110, 110 * wholesaleFen, firstPay);
        assertWoman(secondBefore, trainee(courseAfter, second), 2, 90, 90 * wholesaleFen, secondPay);
    }

    private static void assertWoman(
            JsonObject before, JsonObject after, int batches, long pieces, long salesFen, long incomeFen) {
        String who = after.getString("displayName");
        assertEquals(before.getInt("batches") + batches, after.getInt("batches"), who);
        assertEquals(
                before.getJsonNumber("piecesMade").longValue() + pieces,
                after.getJsonNumber("piecesMade").longValue(),
                who);
        assertEquals(
                before.getJsonNumber("piecesSold").longValue() + pieces,
                after.getJsonNumber("piecesSold").longValue(),
                who);
        assertEquals(fen(before.getString("sales")) + salesFen, fen(after.getString("sales")), who);
        assertEquals(fen(before.getString("income")) + incomeFen, fen(after.getString("income")), who);
    }

    // ---- calls

    private HttpResponse<String> assign(String work, String artisan, int quantity, String rate, String due) {
        return BackOffice.post(
                app,
                "broker-li",
                "/api/v1/work-orders/" + work + "/tasks",
                "{\"artisanId\": \"" + artisan + "\", \"quantity\": " + quantity + ", \"pieceRate\": \"" + rate
                        + "\", \"dueOn\": \"" + due + "\"}");
    }

    private void materials(String work, JsonObject task, String material, String amount, String unit) {
        expect(
                201,
                BackOffice.post(
                        app,
                        "broker-li",
                        "/api/v1/work-orders/" + work + "/tasks/" + task.getString("id") + "/materials",
                        "{\"material\": \"" + material + "\", \"amount\": \"" + amount + "\", \"unit\": \"" + unit
                                + "\"}"));
    }

    private HttpResponse<String> returns(String work, JsonObject task, int accepted, int rejected, String reason) {
        return BackOffice.post(
                app,
                "broker-li",
                "/api/v1/work-orders/" + work + "/tasks/" + task.getString("id") + "/returns",
                "{\"accepted\": " + accepted + ", \"rejected\": " + rejected
                        + (reason == null ? "" : ", \"rejectReason\": \"" + reason + "\"") + "}");
    }

    private JsonObject workOrder(String number) {
        return Http.json(expect(200, BackOffice.get(app, "broker-li", "/api/v1/work-orders/" + number)));
    }

    private JsonObject report() {
        return Http.json(expect(200, BackOffice.get(app, "federation", REPORT + "&group=course")));
    }

    private static List<JsonObject> rows(JsonObject report) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    private JsonObject courseRow(String courseId) {
        return rows(report()).stream()
                .filter(r -> courseId.equals(r.getString("course", null)))
                .findFirst()
                .orElseThrow()
                .getJsonObject("all");
    }

    private JsonObject course(String courseId) {
        return Http.json(expect(
                200,
                BackOffice.get(
                        app,
                        "federation",
                        "/api/v1/reports/chain/courses/" + courseId + "?from=2000-01-01&to=2099-12-31")));
    }

    private static JsonObject trainee(JsonObject course, String artisanId) {
        return course.getJsonArray("trainees").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("artisanId").equals(artisanId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(artisanId + " is no trainee of " + course));
    }

    /** Her order in this month's ledger, or next month's when the month turned (China time) during the test. */
    private Optional<JsonObject> commissionOf(String number) {
        YearMonth month = YearMonth.now(CHINA);
        for (YearMonth m : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
            JsonObject ledger = Http.json(
                            expect(200, BackOffice.get(app, "broker-li", "/api/v1/commissions?month=" + m)))
                    .getJsonArray("items")
                    .getJsonObject(0);
            Optional<JsonObject> found = ledger.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("number").equals(number))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private HttpResponse<String> put(String user, String path, String body) {
        return Http.send(HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", BackOffice.basic(user, BackOffice.DEMO_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String rules(List<JsonObject> rules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject r : rules) {
            var rule = Json.createObjectBuilder().add("basisPoints", r.getInt("basisPoints"));
            if (r.getString("cooperativeId", null) != null) {
                rule.add("cooperativeId", r.getString("cooperativeId"));
            }
            if (r.getString("productId", null) != null) {
                rule.add("productId", r.getString("productId"));
            }
            array.add(rule);
        }
        return Json.createObjectBuilder().add("rules", array).build().toString();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private static long fen(String decimal) {
        return new BigDecimal(decimal).movePointRight(2).longValueExact();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
