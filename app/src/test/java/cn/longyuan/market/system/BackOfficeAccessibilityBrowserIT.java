package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over a cooperative manager's daily pages in the back office: login, dashboard, stock, orders, an order
 * and the fulfilment page of an order of hers — in Chinese and English. None may show a serious or critical violation; every
 * page is visited before the test fails, so one run names them all.
 */
class BackOfficeAccessibilityBrowserIT {

    private final RunningApp app = RunningApp.get();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void aManagersDailyPagesHaveNoSeriousAccessibilityViolations(String language) {
        String number = placeAnOrderOfNingyuan();
        String tag = "admin-" + language.substring(0, 2);
        List<String> failures = new ArrayList<>();
        WebDriver browser = Browser.open(language);
        try {
            browser.get(app.uri("admin/login.xhtml").toString());
            check(browser, tag, "login", failures);

            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(app.uri("admin/index.xhtml").toString());
            check(browser, tag, "dashboard", failures);

            browser.get(app.uri("admin/stock.xhtml").toString());
            check(browser, tag, "stock", failures);

            browser.get(app.uri("admin/orders.xhtml").toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody[id$='orders_data'] tr")));
            check(browser, tag, "orders", failures);

            browser.get(app.uri("admin/orders.xhtml?number=" + number).toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("fulfilLink")));
            check(browser, tag, "order", failures);

            browser.get(app.uri("admin/fulfil.xhtml?number=" + number).toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("orderStatus")));
            check(browser, tag, "fulfil", failures);
        } finally {
            browser.quit();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static void check(WebDriver browser, String tag, String page, List<String> failures) {
        Browser.screenshot(browser, "a11y-" + tag + "-" + page);
        try {
            Accessibility.assertNoSeriousViolations(browser, page);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** One piece of a product of coop-ningyuan's, by bank transfer, placed through the public API. */
    private String placeAnOrderOfNingyuan() {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p ->
                        p.getJsonObject("cooperative").getString("id").equals(ningyuan) && p.getInt("available") >= 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a product of coop-ningyuan in stock"));
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                "{\"lines\": [{\"productId\": \"" + product.getString("id") + "\", \"quantity\": 1}], "
                        + PublicApiErrorsIT.CONTACT + ", " + PublicApiErrorsIT.ADDRESS
                        + ", \"paymentMethod\": \"BANK_TRANSFER\"}",
                "Idempotency-Key",
                "a11y-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getString("number");
        assertFalse(number.isBlank());
        return number;
    }
}
