package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk, quotes and income ledger pages in Chinese (issue 17): each list is searched or filtered with its button and
 * paged ten rows at a time from the server; the quotes on a phone 375 pixels wide, without sideways scrolling.
 */
class BigListsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final int ROWS = 11;
    private final RunningApp app = RunningApp.get();

    @Test
    void aBrokerSearchesAndPagesHerQuotesOnAPhone() {
        try (ListedOrders orders = new ListedOrders(app)) {
            String customer = "分页客户" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            List<String> made = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                HttpResponse<String> quote = BackOffice.post(
                        app,
                        "broker-li",
                        "/api/v1/quotes",
                        "{\"customer\": {\"name\": \"" + customer + "\", \"phone\": \"13900000000\"}, \"lines\": ["
                                + "{\"productId\": \"" + orders.ningyuanProduct + "\", \"quantity\": 2}]}");
                assertEquals(201, quote.statusCode(), quote.body());
                made.add(Http.json(quote).getString("number"));
            }
            HttpResponse<String> declined =
                    BackOffice.post(app, "broker-li", "/api/v1/quotes/" + made.get(3) + "/decline", "");
            assertEquals(200, declined.statusCode(), declined.body());

            WebDriver browser = Browser.open("zh-CN", 375, 812);
            try {
                BackOfficePages.logIn(browser, app, "broker-li");
                browser.get(app.uri("admin/quotes.xhtml").toString());
                Table quotes = new Table(browser, "quoteList", "quotes");
                quotes.type("q", customer);
                quotes.apply();
                assertEquals("1–" + ROWS + " / " + ROWS, quotes.report());
                quotes.rowsPerPage("10");
                assertEquals("1–10 / " + ROWS, quotes.report());
                List<String> seen = new ArrayList<>(quotes.links());
                quotes.next(1);
                assertEquals("11–11 / " + ROWS, quotes.report());
                seen.addAll(quotes.links());
                assertEquals(made.reversed(), seen, "newest first, each once");
                Browser.screenshot(browser, "quotes-page-2-375-zh");
                assertTrue(ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling");

                quotes.choose("status", "DECLINED");
                quotes.apply();
                assertEquals(List.of(made.get(3)), quotes.links());
                assertEquals(
                        "已拒绝",
                        browser.findElement(By.cssSelector("[id='quoteList:quotes_data'] .quote-status"))
                                .getText()
                                .strip());
                Browser.screenshot(browser, "quotes-declined-375-zh");
                assertTrue(ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aBrokerFiltersAndPagesTheOpenOrdersAndClaimsOne() {
        try (ListedOrders orders = new ListedOrders(app)) {
            Set<String> placed = new HashSet<>();
            for (int i = 0; i < ROWS - 1; i++) {
                placed.add(orders.place(orders.ningyuanProduct));
            }
            String shuangwan = orders.place(orders.shuangwanProduct);
            placed.add(shuangwan);

            WebDriver browser = Browser.open("zh-CN", 1280, 900);
            try {
                BackOfficePages.logIn(browser, app, "broker-li");
                browser.get(app.uri("admin/desk.xhtml").toString());
                Table open = new Table(browser, "deskList", "openOrders");
                open.type("q", orders.buyer);
                open.apply();
                assertEquals("1–" + ROWS + " / " + ROWS, open.report());
                open.rowsPerPage("10");
                List<String> seen = new ArrayList<>(open.cells(0));
                open.next(1);
                seen.addAll(open.cells(0));
                assertEquals(placed, Set.copyOf(seen), "every open order of hers once: " + seen);
                assertEquals(ROWS, seen.size());
                Browser.screenshot(browser, "desk-open-page-2-zh");

                open.choose("cooperative", orders.shuangwanId);
                open.apply();
                assertEquals(List.of(shuangwan), open.cells(0));
                Browser.screenshot(browser, "desk-open-shuangwan-zh");
                browser.findElement(By.id("deskList:openOrders:0:claim")).click();
                waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("order")));
                assertTrue(browser.findElement(By.id("order")).getText().contains(shuangwan));
                Table mine = new Table(browser, "deskList", "mine");
                mine.type("q", orders.buyer);
                mine.apply();
                assertEquals(List.of(shuangwan), mine.links());
                Browser.screenshot(browser, "desk-mine-claimed-zh");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aManagerFiltersAndPagesHerIncomeLedger() {
        try (ListedOrders orders = new ListedOrders(app)) {
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            for (int i = 0; i < ROWS; i++) {
                String number = orders.place(orders.ningyuanProduct);
                String total = Http.json(BackOffice.get(app, "federation", "/api/v1/orders?q=" + number))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("total");
                HttpResponse<String> paid = BackOffice.post(
                        app,
                        "federation",
                        "/api/v1/orders/" + number + "/payment-received",
                        "{\"amount\": \"" + total + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"" + today
                                + "\"}");
                assertEquals(200, paid.statusCode(), paid.body());
                orders.sold(number);
            }

            WebDriver browser = Browser.open("zh-CN", 1280, 900);
            try {
                BackOfficePages.logIn(browser, app, "coop-ningyuan");
                browser.get(app.uri("admin/income.xhtml").toString());
                Table ledger = new Table(browser, "ledger", "ledgerEntries");
                ledger.choose("kind", "SALE");
                ledger.choose("product", orders.ningyuanProduct);
                ((JavascriptExecutor) browser)
                        .executeScript("document.getElementById('ledger:from_input').value = arguments[0];", today);
                ledger.apply();
                int total = ledger.total();
                assertTrue(total >= ROWS, "the sales just paid are listed: " + ledger.report());
                ledger.rowsPerPage("10");
                assertEquals("1–10 / " + total, ledger.report());
                ledger.next(Math.min(10, total - 10));
                assertEquals("11–" + Math.min(20, total) + " / " + total, ledger.report());
                for (WebElement kind :
                        browser.findElements(By.cssSelector("[id='ledger:ledgerEntries_data'] .income-kind"))) {
                    assertEquals("售出", kind.getText().strip());
                }
                Browser.screenshot(browser, "income-ledger-page-2-zh");

                ledger.choose("kind", "REVERSAL");
                ledger.apply();
                assertFalse(ledger.report().endsWith("/ " + total), "another kind, another list: " + ledger.report());
                for (WebElement kind :
                        browser.findElements(By.cssSelector("[id='ledger:ledgerEntries_data'] .income-kind"))) {
                    assertEquals("退回", kind.getText().strip());
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** A lazy table of a list page and its filter form. */
    private record Table(WebDriver browser, String form, String id) {

        Table {
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(form + ":" + id)));
        }

        void type(String field, String text) {
            WebElement input = browser.findElement(By.id(form + ":" + field));
            input.clear();
            input.sendKeys(text);
        }

        /** Chooses in a PrimeFaces menu by the value of its hidden select. */
        void choose(String field, String value) {
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "document.getElementById(arguments[0]).value = arguments[1];",
                            form + ":" + field + "_input",
                            value);
        }

        /** Presses the filter button and waits for the table to be drawn again. */
        void apply() {
            WebElement table = browser.findElement(By.id(form + ":" + id));
            browser.findElement(By.id(form + ":apply")).click();
            waiting(browser).until(Browser.gone(table));
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(form + ":" + id)));
        }

        void rowsPerPage(String rows) {
            new Select(browser.findElement(
                            By.cssSelector("[id='" + form + ":" + id + "'] select.ui-paginator-rpp-options")))
                    .selectByValue(rows);
            waiting(browser)
                    .until(d -> rows().size() == Integer.parseInt(rows) || report().startsWith("1–" + rows + " "));
        }

        void next(int rowsThere) {
            String before = report();
            browser.findElement(By.cssSelector("[id='" + form + ":" + id + "'] .ui-paginator-next"))
                    .click();
            waiting(browser).until(d -> !report().equals(before) && rows().size() == rowsThere);
        }

        String report() {
            return browser.findElement(By.cssSelector("[id='" + form + ":" + id + "'] .ui-paginator-current"))
                    .getText()
                    .strip();
        }

        int total() {
            String report = report();
            return Integer.parseInt(
                    report.substring(report.lastIndexOf('/') + 1).strip());
        }

        List<WebElement> rows() {
            return browser.findElements(By.cssSelector("[id='" + form + ":" + id + "_data'] tr[data-ri]"));
        }

        List<String> links() {
            return browser.findElements(By.cssSelector("[id='" + form + ":" + id + "_data'] tr td a")).stream()
                    .map(a -> a.getText().strip())
                    .toList();
        }

        /** The text of a column of every row shown. */
        List<String> cells(int column) {
            return rows().stream()
                    .map(r -> r.findElements(By.tagName("td"))
                            .get(column)
                            .getText()
                            .strip())
                    .toList();
        }
    }

    /** Waits through the table being drawn again (a row read as it is replaced is stale). */
    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
