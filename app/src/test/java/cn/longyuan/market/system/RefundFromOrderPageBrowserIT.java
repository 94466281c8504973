package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Refunds from the order's page in the back office, in headless Chromium: a buyer's bank-transfer order of two
 * products is paid, the cooperative's manager refunds one piece of one line from the page and puts it back in
 * stock; the page lists the refund, the stock level rose by one, the artisan's income shows the reversal; asking
 * for more than is left, nothing, or without a reason is answered next to the field; another cooperative's
 * manager does not find the order.
 */
class RefundFromOrderPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerRefundsOneLineFromTheOrdersPageRestockingItAndTheArtisansIncomeIsReversed() {
        List<JsonObject> ownArtisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String ningyuan = ownArtisans.get(0).getJsonObject("cooperative").getString("id");
        List<JsonObject> products = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p ->
                        p.getJsonObject("cooperative").getString("id").equals(ningyuan) && p.getInt("available") >= 3)
                .limit(2)
                .toList();
        assertEquals(2, products.size(), "two products of coop-ningyuan in stock");
        JsonObject refunded = products.get(0);
        String productId = refunded.getString("id");
        String lines = "[{\"productId\": \"" + productId + "\", \"quantity\": 2}, {\"productId\": \""
                + products.get(1).getString("id") + "\", \"quantity\": 1}]";
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                "{\"lines\": " + lines + ", " + PublicApiErrorsIT.CONTACT + ", " + PublicApiErrorsIT.ADDRESS
                        + ", \"paymentMethod\": \"BANK_TRANSFER\"}",
                "Idempotency-Key",
                "refund-page-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getString("number");

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            // the order she handles, from her parts list, as she would open it to ship it
            browser.get(app.uri("admin/parts.xhtml").toString());
            wait(browser)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(number)))
                    .click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("orderStatus")));
            assertEquals("待付款", browser.findElement(By.id("orderStatus")).getText());
            assertTrue(browser.findElements(By.id("refund:submit")).isEmpty(), "an unpaid order has no refund form");
            browser.findElement(By.id("fulfil:openPayment")).click();
            wait(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:confirmPayment")))
                    .click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("orderStatus"), "已付款"));
            int onHandBefore = onHand(productId);
            String maker = artisanWhoMade(number, refunded.getString("name"), ownArtisans);
            List<String> incomeBefore = incomeEntriesOf(browser, maker, number);

            // nothing chosen and no reason: answered next to the lines and the reason, nothing refunded
            browser.get(app.uri("admin/fulfil.xhtml?number=" + number).toString());
            wait(browser)
                    .until(ExpectedConditions.elementToBeClickable(By.id("refund:submit")))
                    .click();
            wait(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("refund:linesMessage"), "退款件数"));
            assertEquals(
                    "请至少在一行填写退款件数。",
                    browser.findElement(By.id("refund:linesMessage")).getText());
            assertTrue(messageNextTo(browser, "refund:reason").contains("请填写退款原因"), browser.getPageSource());
            assertTrue(browser.findElement(By.id("refund:refunds")).getText().contains("还没有退款"));
            Browser.screenshot(browser, "refund-nothing-chosen-zh");

            // one piece of the first line, back to stock
            assertEquals(
                    "2", browser.findElement(By.id("refund:lines:0:refundable")).getText());
            quantity(browser, 0, "1");
            assertEquals(
                    "重新入库",
                    new Select(browser.findElement(By.id("refund:lines:0:restock")))
                            .getFirstSelectedOption()
                            .getText());
            browser.findElement(By.id("refund:reason")).sendKeys("一件绣线松了，买家寄回");
            Browser.screenshot(browser, "refund-form-filled-zh");
            browser.findElement(By.id("refund:submit")).click();

            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            String growl =
                    browser.findElement(By.cssSelector(".ui-growl-message")).getText();
            assertTrue(growl.contains(number) && growl.contains("已登记退款"), growl);
            String listed = browser.findElement(By.id("refund:refunds")).getText();
            assertTrue(
                    listed.contains("coop-ningyuan")
                            && listed.contains("× 1")
                            && listed.contains("重新入库")
                            && listed.contains("仅登记")
                            && listed.contains("一件绣线松了"),
                    listed);
            String price = refunded.getString("price");
            assertTrue(listed.contains("¥" + price), "the refund is the line's unit price " + price + ": " + listed);
            assertEquals(
                    "1",
                    browser.findElement(By.id("refund:lines:0:refundable")).getText(),
                    "one piece is left to refund");
            assertEquals("已付款", browser.findElement(By.id("orderStatus")).getText(), "a partial refund leaves it paid");
            // the refund's note in the page's language, with the manager's reason as she typed it
            assertTrue(
                    browser.findElement(By.id("fulfil:history"))
                            .getText()
                            .contains("已退款 ¥" + price + "（线下登记），商品已回库：一件绣线松了，买家寄回"),
                    browser.findElement(By.id("fulfil:history")).getText());
            Browser.screenshot(browser, "refund-listed-zh");

            assertEquals(onHandBefore + 1, onHand(productId), "the refunded piece is back in stock");
            List<String> incomeAfter = incomeEntriesOf(browser, maker, number);
            assertTrue(incomeBefore.stream().noneMatch(e -> e.contains("退回")), incomeBefore.toString());
            assertEquals(
                    1,
                    incomeAfter.stream()
                            .filter(e -> e.contains("退回") && e.contains(refunded.getString("name")))
                            .count(),
                    "her income of the order shows the reversal of the refunded piece: " + incomeAfter);
            assertTrue(
                    incomeAfter.stream().filter(e -> e.contains("退回")).allMatch(e -> e.contains("-¥" + price)),
                    "a reversal reads as a negative amount: " + incomeAfter);
            Browser.screenshot(browser, "refund-income-reversed-zh");

            // a second refund of more than is left: the message next to that line's quantity, nothing refunded
            browser.get(app.uri("admin/fulfil.xhtml?number=" + number).toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("refund:lines:0:quantity")));
            quantity(browser, 0, "2");
            browser.findElement(By.id("refund:reason")).sendKeys("再退两件");
            browser.findElement(By.id("refund:submit")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("refund:lines"), "最多还能退 1 件"));
            assertTrue(
                    messageNextTo(browser, "refund:lines:0:quantity").contains("最多还能退 1 件"), browser.getPageSource());
            assertEquals(
                    1,
                    browser.findElement(By.id("refund:refunds_data"))
                            .findElements(By.tagName("tr"))
                            .size(),
                    "still the one refund");
            assertEquals(onHandBefore + 1, onHand(productId));
            Browser.screenshot(browser, "refund-too-many-zh");

            // the order's income split: the sales with their maker's, cooperative's and broker's shares, the piece
            // taken back negative
            List<String> split = browser.findElements(By.cssSelector("[id='fulfil:split_data'] tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(
                    1,
                    split.stream()
                            .filter(r -> r.contains("退回")
                                    && r.contains(refunded.getString("name"))
                                    && r.contains("-¥" + price))
                            .count(),
                    split.toString());
            assertTrue(split.stream().filter(r -> r.contains("售出")).count() >= 2, "both lines' sales: " + split);
        } finally {
            browser.quit();
        }

        // another cooperative's manager: the order (and its refund form) is not found
        HttpResponse<String> other = BackOffice.session(app, "coop-shuangwan").get("/fulfil.xhtml?number=" + number);
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains("refund:submit"));
    }

    @Test
    void theRefundFormFitsAPhone() {
        String product = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= 1)
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "refund-phone-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        HttpResponse<String> paid = BackOffice.post(
                app,
                "federation",
                "/api/v1/orders/" + order.getString("number") + "/payment-received",
                "{\"amount\": \"" + order.getString("total") + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \""
                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        WebDriver phone = Browser.open("en", 375, 800);
        try {
            BackOfficePages.logIn(phone, app, "federation");
            phone.get(app.uri("admin/fulfil.xhtml?number=" + order.getString("number"))
                    .toString());
            wait(phone)
                    .until(ExpectedConditions.elementToBeClickable(By.id("refund:fillAll")))
                    .click();
            wait(phone).until(ExpectedConditions.attributeToBe(By.id("refund:lines:0:quantity"), "value", "1"));
            long overflow = ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) phone)
                                    .executeScript(
                                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .longValue();
            assertTrue(overflow <= 0, "no sideways scrolling at 375 px: " + overflow);
            assertTrue(phone.findElement(By.id("refundTitle")).getText().contains("Refunds"));
            Browser.screenshot(phone, "refund-form-375-en");
        } finally {
            phone.quit();
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return (WebDriverWait)
                new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static void quantity(WebDriver browser, int row, String value) {
        WebElement input = browser.findElement(By.id("refund:lines:" + row + ":quantity"));
        input.clear();
        input.sendKeys(value);
    }

    /** The text of the field's message: the next element with the field-error class after the input. */
    private static String messageNextTo(WebDriver browser, String inputId) {
        WebElement input = browser.findElement(By.id(inputId));
        return input.findElement(By.xpath("following::*[contains(@class,'field-error')][1]"))
                .getText();
    }

    private int onHand(String productId) {
        HttpResponse<String> stock = BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?productId=" + productId);
        assertEquals(200, stock.statusCode(), stock.body());
        return Http.jsonArray(stock).get(0).getInt("onHand");
    }

    /** The artisan of coop-ningyuan whose income lists the order's product (the batch it was sold from is hers). */
    private String artisanWhoMade(String number, String product, List<JsonObject> artisans) {
        BackOffice.Session session = BackOffice.session(app, "coop-ningyuan");
        return artisans.stream()
                .map(a -> a.getString("id"))
                .filter(id -> java.util.Arrays.stream(ownEntries(session.get("/income.xhtml?artisan=" + id)
                                        .body())
                                .split("<tr"))
                        .anyMatch(row -> row.contains(number) && row.contains(product)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no artisan's income lists order " + number));
    }

    /** The artisan's own entries table of the page, not the cooperative's ledger further down, which lists every one. */
    private static String ownEntries(String page) {
        int start = page.indexOf("id=\"income:entries\"");
        return start < 0 ? "" : page.substring(start, Math.max(start, page.indexOf("id=\"income:payouts\"", start)));
    }

    /** The rows of the artisan's income entries (newest first) that belong to the order. */
    private List<String> incomeEntriesOf(WebDriver browser, String artisanId, String number) {
        browser.get(app.uri("admin/income.xhtml?artisan=" + artisanId).toString());
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("income:entries")));
        return browser.findElements(By.cssSelector("[id='income:entries_data'] tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(number))
                .toList();
    }
}
