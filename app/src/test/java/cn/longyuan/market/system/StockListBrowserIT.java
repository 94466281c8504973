package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stock page's products list: paged from the server ten rows at a time, searched and
 * filtered through the page's address, on a phone 375 pixels wide in Chinese and English; a wrong filter is said next
 * to its field; federation staff choose a cooperative and then one of its places.
 */
class StockListBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerPagesSearchesAndFiltersHerStockOnAPhone() {
        var answer = BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?size=100&lang=zh");
        int total =
                Integer.parseInt(answer.headers().firstValue("X-Total-Count").orElseThrow());
        List<JsonObject> hers = Http.jsonArray(answer);
        assertTrue(total > 10, "more than a page of ten: " + total);
        WebDriver browser = Browser.open("zh-CN", 375, 812);
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(app.uri("admin/stock.xhtml").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("products")));
            assertEquals("1–" + Math.min(25, total) + " / " + total, report(browser), "her products only");
            new Select(browser.findElement(By.cssSelector("[id='products'] select.ui-paginator-rpp-options")))
                    .selectByValue("10");
            waiting(browser).until(d -> report(d).startsWith("1–10 "));
            List<String> seen = new ArrayList<>(names(browser));
            String before = report(browser);
            browser.findElement(By.cssSelector("[id='products'] .ui-paginator-next"))
                    .click();
            waiting(browser).until(d -> !report(d).equals(before));
            assertTrue(report(browser).startsWith("11–"), report(browser));
            seen.addAll(names(browser));
            assertEquals(
                    hers.subList(0, seen.size()).stream()
                            .map(s -> s.getString("name"))
                            .toList(),
                    seen,
                    "the API's order, page after page");
            assertEquals(seen.size(), new HashSet<>(seen).size());
            Browser.screenshot(browser, "stock-list-page-2-375-zh");
            assertTrue(ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling");

            String part = hers.getFirst().getString("name").substring(0, 2);
            WebElement q = browser.findElement(By.id("q"));
            q.clear();
            q.sendKeys(part);
            apply(browser, "q=");
            assertEquals(part, URLDecoder.decode(parameter(browser.getCurrentUrl(), "q"), StandardCharsets.UTF_8));
            List<String> found = names(browser);
            assertFalse(found.isEmpty());
            found.forEach(n -> assertTrue(n.contains(part), n + " holds " + part));
            assertEquals(part, browser.findElement(By.id("q")).getAttribute("value"), "the search stays in its field");
            Browser.screenshot(browser, "stock-list-search-375-zh");

            // a product's ledger opens with the list's filters kept in the address
            browser.findElement(By.cssSelector("[id='products_data'] a.product-link"))
                    .click();
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
            assertTrue(browser.getCurrentUrl().contains("product="), browser.getCurrentUrl());
            assertTrue(browser.getCurrentUrl().contains("q="), browser.getCurrentUrl());
            assertEquals(found, names(browser), "the same list below the ledger");

            browser.get(app.uri("admin/stock.xhtml?level=HIGH&location=x").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("levelProblem")));
            assertEquals(
                    "请选择低库存或已售罄。",
                    browser.findElement(By.id("levelProblem")).getText().strip());
            assertEquals(
                    "请从列表中选择库位。",
                    browser.findElement(By.id("placeProblem")).getText().strip());
            assertEquals(List.of(), names(browser), "a wrong filter shows nothing rather than everything");
            assertEquals(
                    "筛选条件有误：请更正上面标出的项目。",
                    browser.findElement(By.cssSelector("[id='products_data'] .ui-datatable-empty-message"))
                            .getText()
                            .strip());
            Browser.screenshot(browser, "stock-list-wrong-filter-375-zh");
        } finally {
            browser.quit();
        }
    }

    @Test
    void federationStaffChooseACooperativeThenOneOfItsPlacesInEnglish() {
        String shuangwan = Http.jsonArray(BackOffice.get(app, "coop-shuangwan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        WebDriver browser = Browser.open("en-GB", 375, 812);
        try {
            BackOfficePages.logIn(browser, app, "federation");
            browser.get(app.uri("admin/stock.xhtml?setlang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("products")));
            assertFalse(
                    new Select(browser.findElement(By.id("location")))
                                    .getOptions()
                                    .size()
                            > 1,
                    "no places before a cooperative is chosen");
            new Select(browser.findElement(By.id("cooperative"))).selectByValue(shuangwan);
            apply(browser, "cooperative=" + shuangwan);
            String name = new Select(browser.findElement(By.id("cooperative")))
                    .getFirstSelectedOption()
                    .getText()
                    .strip();
            List<String> cooperatives = column(browser, "cooperative");
            assertFalse(cooperatives.isEmpty());
            cooperatives.forEach(c -> assertEquals(name, c));
            int all = total(browser);

            Select places = new Select(browser.findElement(By.id("location")));
            assertTrue(places.getOptions().size() > 1, "its places to choose now");
            String place = places.getOptions().get(1).getText().strip();
            places.selectByIndex(1);
            apply(browser, "location=");
            assertTrue(total(browser) <= all);
            column(browser, "places").forEach(p -> assertTrue(p.contains(place + ": "), p + " has pieces at " + place));
            assertEquals(
                    "Stock level",
                    browser.findElement(By.cssSelector("label[for='level']"))
                            .getText()
                            .strip());
            Browser.screenshot(browser, "stock-list-place-375-en");
            assertTrue(ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling");
            Accessibility.assertNoSeriousViolations(browser, "stock list");
        } finally {
            browser.quit();
        }
    }

    /**
     * Sends the filter form (a GET) and waits for the new page: the old one gone, the address with the filter, the
     * new table there — the address changes before the old page is replaced, so waiting on it alone read the old one.
     */
    private static void apply(WebDriver browser, String inAddress) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("stockApply")).click();
        waiting(browser).until(ExpectedConditions.stalenessOf(before));
        waiting(browser).until(d -> d.getCurrentUrl().contains(inAddress));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("products")));
    }

    private static String parameter(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static String report(WebDriver browser) {
        return browser.findElement(By.cssSelector("[id='products'] .ui-paginator-current"))
                .getText()
                .strip();
    }

    private static int total(WebDriver browser) {
        List<WebElement> report = browser.findElements(By.cssSelector("[id='products'] .ui-paginator-current"));
        if (report.isEmpty()) {
            return 0;
        }
        String text = report.getFirst().getText().strip();
        return Integer.parseInt(text.substring(text.lastIndexOf('/') + 1).strip());
    }

    private static List<String> names(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='products_data'] a.product-link")).stream()
                .map(a -> a.getText().strip())
                .toList();
    }

    /** The cells of the column whose header has this class, without the title a narrow table repeats in each. */
    private static List<String> column(WebDriver browser, String styleClass) {
        return browser.findElements(By.cssSelector("[id='products_data'] td." + styleClass + " .cell")).stream()
                .map(c -> c.getText().strip())
                .toList();
    }

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
