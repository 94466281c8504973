package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 on a phone: a manager adds a place on the stock tasks page (375 px wide, the tasks in tabs), records a
 * batch there, is refused when she retires the place while it holds the pieces, voids the batch from its ledger row,
 * reads the running balance drop to 0 at that place, and then retires it — in Chinese; the same ledger reads in
 * English.
 */
class InventoryDepthBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerAddsAPlaceVoidsItsBatchThroughTheLedgerAndRetiresIt() {
        String placeName = "后山库房" + (System.nanoTime() % 100000);
        JsonObject model = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/production-batches"))
                .getFirst();
        String productId = model.getString("productId");

        WebDriver browser = Browser.open("zh-CN", 375, 812);
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(app.uri("admin/stock-tasks.xhtml").toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("tabs")));
            long height = pageHeight(browser);
            Browser.screenshot(browser, "stock-tasks-375-zh");
            assertTrue(height < 5000, "the tasks are tabs, one shown at a time: the page is " + height + " px tall");
            browser.findElement(By.linkText("库位")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("places:nameZh")));
            browser.findElement(By.id("places:nameZh")).sendKeys(placeName);
            browser.findElement(By.id("places:addPlace")).click();
            wait(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("places:placeList"), placeName));
            Browser.screenshot(browser, "stock-places-375-zh");

            String placeId = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/places")).stream()
                    .map(JsonObject.class::cast)
                    .filter(p -> p.getString("nameZh").equals(placeName))
                    .findFirst()
                    .orElseThrow()
                    .getString("id");
            HttpResponse<String> recorded = BackOffice.post(
                    app,
                    "coop-ningyuan",
                    "/api/v1/production-batches",
                    "{\"productId\": \"" + productId + "\", \"artisanId\": \"" + model.getString("artisanId")
                            + "\", \"quantity\": 4, \"madeOn\": \""
                            + LocalDate.now().minusDays(1)
                            + "\", \"locationId\": \"" + placeId + "\"}");
            assertEquals(201, recorded.statusCode(), recorded.body());
            String batchId = Http.json(recorded).getString("id");

            // retiring the place while it holds the 4 pieces is refused, saying how many
            browser.navigate().refresh();
            retireButton(browser, placeName).click();
            wait(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("places"), "库位 " + placeName + " 里还有 4 件作品"));
            Browser.screenshot(browser, "stock-place-refused-375-zh");

            // the batch was a mistake: voided from its ledger row
            browser.get(app.uri("admin/stock.xhtml?product=" + productId + "&place=" + placeId)
                    .toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("movements")));
            List<List<String>> before = ledger(browser);
            assertEquals("4 / 0", before.get(0).get(7), "the balance after the batch at the new place: " + before);
            browser.findElement(By.cssSelector("a.fix-batch")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("batchFix:reason")));
            assertTrue(browser.findElement(By.id("batchFigures")).getText().contains("登记时 4 件"));
            browser.findElement(By.id("batchFix:void")).click();
            wait(browser).until(b -> b.getPageSource().contains("请写明这一批次哪里登记错了"));
            browser.findElement(By.id("batchFix:reason")).sendKeys("登记到错的库位");
            browser.findElement(By.id("batchFix:void")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("batchFixed")));
            browser.get(app.uri("admin/stock.xhtml?product=" + productId + "&place=" + placeId)
                    .toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("movements")));
            List<List<String>> after = ledger(browser);
            Browser.screenshot(browser, "stock-ledger-voided-375-zh");
            assertEquals(2, after.size(), after.toString());
            assertEquals("批次作废", after.get(0).get(1));
            assertEquals("作废批次 " + batchId + "：登记到错的库位", after.get(0).get(5));
            assertEquals("-4", after.get(0).get(3));
            assertEquals("0 / 0", after.get(0).get(7), "the running balance after the void");
            assertEquals("4 / 0", after.get(1).get(7));

            // now empty, the place is retired; it stays listed, and is offered for no move
            browser.get(app.uri("admin/stock-tasks.xhtml?tab=places").toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("places:placeList")));
            retireButton(browser, placeName).click();
            wait(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("places"), "库位 " + placeName + " 已停用"));
            Browser.screenshot(browser, "stock-place-retired-375-zh");
            assertTrue(
                    row(browser, placeName).getText().contains("已停用"),
                    row(browser, placeName).getText());
            browser.navigate().refresh();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("places:placeList")));
            assertFalse(
                    browser.findElement(By.id("transfer:toLocationId_input"))
                            .getAttribute("innerHTML")
                            .contains(placeName),
                    "a retired place is not offered for moves");
        } finally {
            browser.quit();
        }

        WebDriver english = Browser.open("en");
        try {
            BackOfficePages.logIn(english, app, "coop-ningyuan");
            english.get(app.uri("admin/stock.xhtml?product=" + productId).toString());
            wait(english).until(ExpectedConditions.presenceOfElementLocated(By.id("movements")));
            Browser.screenshot(english, "stock-ledger-balance-en");
            assertTrue(english.findElement(By.id("movements")).getText().contains("Balance after"));
            assertTrue(
                    ledger(english).stream()
                            .anyMatch(r -> r.get(1).equals("Batch voided")
                                    && r.get(5).startsWith("void of batch ")
                                    && r.get(5).endsWith(": 登记到错的库位")),
                    "the void in English, her words as written");
        } finally {
            english.quit();
        }
    }

    private static WebElement row(WebDriver browser, String placeName) {
        return browser.findElements(By.cssSelector("[id='places:placeList'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(placeName))
                .findFirst()
                .orElseThrow();
    }

    private static WebElement retireButton(WebDriver browser, String placeName) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("places:placeList"), placeName));
        return row(browser, placeName).findElement(By.cssSelector("button"));
    }

    private static long pageHeight(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight"))
                .longValue();
    }

    /** The ledger's rows as shown: when, kind, place, on hand, reserved, reason, by, balance, batch. */
    private static List<List<String>> ledger(WebDriver browser) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("[id='movements'] tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream()
                    .map(td -> cell(td))
                    .toList());
        }
        return rows;
    }

    /** A cell's text without the column title a reflowed table puts in front of it on a phone. */
    private static String cell(WebElement td) {
        String text = td.getText().strip();
        List<WebElement> title = td.findElements(By.cssSelector(".ui-column-title"));
        if (!title.isEmpty()
                && !title.get(0).getText().isEmpty()
                && text.startsWith(title.get(0).getText())) {
            text = text.substring(title.get(0).getText().length()).strip();
        }
        return text;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
