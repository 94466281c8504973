package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GET /admin/api/v1/orders with search, filters and paging over HTTP: the filters narrow what the caller handles, a
 * page and the total agree, and every wrong parameter is one 400 naming it.
 */
class OrdersListIT {

    private final RunningApp app = RunningApp.get();

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject list(String user, String query) {
        var answer = BackOffice.get(app, user, "/api/v1/orders?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private List<String> numbers(String user, String query) {
        return list(user, query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number"))
                .toList();
    }

    @Test
    void searchFiltersAndPagesNarrowWhatEachRoleHandles() {
        try (ListedOrders orders = new ListedOrders(app)) {
            String ningyuan = orders.place(orders.ningyuanProduct);
            String shuangwan = orders.place(orders.shuangwanProduct);
            String both = orders.place(orders.ningyuanProduct, orders.shuangwanProduct);
            String byBuyer = "q=" + encoded(orders.buyer);

            assertEquals(List.of(both, shuangwan, ningyuan), numbers("federation", byBuyer));
            JsonObject first = list("federation", byBuyer + "&size=2&page=0");
            assertEquals(3, first.getInt("total"));
            assertEquals(
                    List.of(both, shuangwan),
                    first.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(o -> o.getString("number"))
                            .toList());
            assertEquals(List.of(ningyuan), numbers("federation", byBuyer + "&size=2&page=1"));
            assertEquals(List.of(), numbers("federation", byBuyer + "&size=2&page=2"));
            assertEquals(List.of(both, shuangwan, ningyuan), numbers("federation", "q=" + orders.phone.substring(2)));
            assertEquals(List.of(shuangwan), numbers("federation", "q=" + shuangwan.toLowerCase()));

            assertEquals(
                    List.of(both, shuangwan, ningyuan), numbers("federation", byBuyer + "&status=AWAITING_PAYMENT"));
            assertEquals(List.of(), numbers("federation", byBuyer + "&status=PAID"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertEquals(
                    3,
                    list("federation", byBuyer + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                            .getInt("total"));
            assertEquals(
                    0,
                    list("federation", byBuyer + "&from=" + today.plusDays(1)).getInt("total"));
            assertEquals(
                    List.of(both, shuangwan), numbers("federation", byBuyer + "&cooperative=" + orders.shuangwanId));
            assertEquals(
                    List.of(both, ningyuan), numbers("federation", byBuyer + "&product=" + orders.ningyuanProduct));

            // scoping: each manager her cooperative's orders whatever she asks; the broker none of them
            assertEquals(List.of(both, ningyuan), numbers("coop-ningyuan", byBuyer));
            assertEquals(2, list("coop-ningyuan", byBuyer).getInt("total"));
            assertEquals(List.of(both), numbers("coop-ningyuan", byBuyer + "&cooperative=" + orders.shuangwanId));
            assertEquals(List.of(both), numbers("coop-ningyuan", byBuyer + "&product=" + orders.shuangwanProduct));
            assertEquals(List.of(), numbers("coop-ningyuan", "q=" + shuangwan));
            assertEquals(List.of(both, shuangwan), numbers("coop-shuangwan", byBuyer));
            assertEquals(List.of(), numbers("coop-shuangwan", "q=" + ningyuan + "&cooperative=" + orders.ningyuanId));
            assertEquals(0, list("broker-li", byBuyer).getInt("total"));
            assertEquals(0, list("broker-li", "q=" + orders.phone).getInt("total"));
        }
    }

    @Test
    void everyWrongParameterIsNamedInOne400() {
        assertError(
                BackOffice.get(
                        app,
                        "coop-ningyuan",
                        "/api/v1/orders?q=" + "x".repeat(101) + "&status=SOLD&from=2026-13-01"
                                + "&to=yesterday&cooperative=abc&product=-2&page=-1&size=101"),
                400,
                "VALIDATION",
                "q",
                "status",
                "from",
                "to",
                "cooperative",
                "product",
                "page",
                "size");
        assertError(
                BackOffice.get(app, "federation", "/api/v1/orders?from=2026-12-02&to=2026-12-01"),
                400,
                "VALIDATION",
                "to");
        assertError(BackOffice.get(app, "broker-li", "/api/v1/orders?size=0"), 400, "VALIDATION", "size");
        assertError(
                BackOffice.get(app, "federation", "/api/v1/orders?cooperative=99999999999999999999"),
                400,
                "VALIDATION",
                "cooperative");
    }
}
