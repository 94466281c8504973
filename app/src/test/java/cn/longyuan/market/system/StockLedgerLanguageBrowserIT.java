package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One language per page, for the stock ledger and the desk: a manager writes off a refunded piece, refunds another
 * back into stock, counts her stock, and a buyer calls off an unpaid order; the product's ledger in Chinese reads
 * 报损, 盘点 and 退款 and no English reason, a write-off is no stocktake, and in English the same rows read in English.
 * A broker's claim reads in Chinese on her desk.
 */
class StockLedgerLanguageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);

    /** A word of Latin letters, three or more: what no reason of a Chinese page may hold besides an order number. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    private final RunningApp app = RunningApp.get();

    @Test
    void theLedgersReasonsAndKindsAreSaidInThePagesLanguage() {
        String[] paid = ReturnsIT.paidOrder(app, "ledger-words-");
        String refunded = paid[0];
        String productId = paid[2];
        HttpResponse<String> writtenOff = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + refunded + "/refunds",
                "{\"lines\": [{\"productId\": \"" + productId + "\", \"quantity\": 1, \"restock\": false}],"
                        + " \"reason\": \"包装破了\"}");
        assertEquals(201, writtenOff.statusCode(), writtenOff.body());
        HttpResponse<String> restocked =
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + refunded + "/refunds", "{}");
        assertEquals(201, restocked.statusCode(), restocked.body());

        // an unpaid order of the restocked piece, claimed by a broker, then called off by its buyer
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "ledger-words-unpaid-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String cancelled = Http.json(placed).getString("number");
        HttpResponse<String> claimed = BackOffice.post(app, "broker-li", "/api/v1/desk/" + cancelled + "/claim", "");
        assertEquals(200, claimed.statusCode(), claimed.body());
        String desk = BackOffice.session(app, "broker-li")
                .get("/desk.xhtml?number=" + cancelled)
                .body();
        assertTrue(desk.contains("broker-li 认领了订单"), "the claim in Chinese on the desk");
        assertFalse(desk.contains("claimed by"), "no English desk note");
        HttpResponse<String> called = Http.post(
                app.uri("api/v1/orders/" + cancelled + "/cancel"),
                "application/json",
                "",
                "Authorization",
                "Bearer " + Http.json(placed).getString("accessToken"));
        assertEquals(200, called.statusCode(), called.body());

        JsonObject stock = Http.jsonArray(
                        BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?lang=zh&productId=" + productId))
                .getFirst();
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            stocktake(browser, stock);

            browser.get(app.uri("admin/stock.xhtml?product=" + productId).toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("movements")));
            Browser.screenshot(browser, "stock-ledger-words-zh");
            List<List<String>> rows = ledger(browser);
            String writeOff = "报损：订单 " + refunded + " 第 1 笔退款：包装破了";
            assertRow(rows, "报损", writeOff);
            assertRow(rows, "退货入库", "订单 " + refunded + " 第 1 笔退款：包装破了");
            assertRow(rows, "退货入库", "订单 " + refunded + " 第 2 笔退款");
            assertRow(rows, "释放预留", "订单 " + cancelled + " 被买家取消");
            assertEquals(
                    List.of("盘点", "盘点"),
                    rows.stream()
                            .filter(r -> r.get(1).equals("盘点"))
                            .findFirst()
                            .map(r -> List.of(r.get(1), r.get(5)))
                            .orElseThrow(() -> new AssertionError("no stocktake row: " + rows)),
                    "the count reads as a stocktake");
            for (List<String> row : rows) {
                assertFalse(row.get(1).equals("盘点调整"), "no adjustment is called a stocktake any more: " + row);
                String reason = row.get(5).replace(refunded, "").replace(cancelled, "");
                boolean ours = !reason.equals(row.get(5)) || row.get(1).equals("盘点");
                if (ours) {
                    assertFalse(
                            ENGLISH_WORD.matcher(reason + row.get(1)).find(), "English on the Chinese page: " + row);
                }
            }
        } finally {
            browser.quit();
        }

        WebDriver english = Browser.open("en");
        try {
            BackOfficePages.logIn(english, app, "coop-ningyuan");
            english.get(app.uri("admin/stock.xhtml?product=" + productId).toString());
            wait(english).until(ExpectedConditions.presenceOfElementLocated(By.id("movements")));
            List<List<String>> rows = ledger(english);
            assertRow(rows, "Written off", "written off: refund 1 of order " + refunded + ": 包装破了");
            assertRow(rows, "Returned", "refund 2 of order " + refunded);
            assertRow(rows, "Released", "order " + cancelled + " cancelled by the buyer");
            assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Stocktake")), rows.toString());
        } finally {
            english.quit();
        }
    }

    /** Counts one place of the product on the stock tasks page: one piece more than the ledger has there. */
    private void stocktake(WebDriver browser, JsonObject stock) {
        JsonObject place = stock.getJsonArray("locations").getJsonObject(0);
        String label = "实盘件数 " + stock.getString("name") + " " + place.getString("name");
        browser.get(app.uri("admin/stock-tasks.xhtml?tab=stocktake").toString());
        WebElement filter = wait(browser)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id='stocktake:sheet'] input.ui-column-filter")));
        filter.sendKeys(stock.getString("name"));
        // the filter redraws the sheet: wait until it shows the product's rows alone
        String name = stock.getString("name");
        wait(browser).ignoring(StaleElementReferenceException.class).until(b -> {
            List<WebElement> inputs = b.findElements(By.cssSelector("[id='stocktake:sheet'] input[type='number']"));
            return !inputs.isEmpty()
                    && inputs.stream()
                            .allMatch(i -> i.getAttribute("aria-label").contains(name));
        });
        WebElement counted =
                browser.findElement(By.cssSelector("[id='stocktake:sheet'] input[aria-label='" + label + "']"));
        counted.sendKeys(String.valueOf(place.getInt("onHand") + 1));
        browser.findElement(By.id("stocktake:book")).click();
        wait(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ui-growl-message"), "盘点完成，记了 1 笔调整"));
    }

    /** The ledger's rows as shown: when, kind, place, on hand, reserved, reason, by. */
    private static List<List<String>> ledger(WebDriver browser) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("[id='movements'] tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream()
                    .map(td -> td.getText().strip())
                    .toList());
        }
        return rows;
    }

    private static void assertRow(List<List<String>> rows, String kind, String reason) {
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.size() > 5
                                && r.get(1).equals(kind)
                                && r.get(5).equals(reason)),
                "a row " + kind + " / " + reason + " in " + rows);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
