package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The order's page after a full refund and for an assignment (issue 17), in Chromium: a refunded order's part reads
 * 已退款, the page says there is nothing to pack, the pick list names no sold piece and offers no packing; a manager
 * assigns her cooperative's open order to a broker from the same page, and it is on the broker's desk.
 */
class RefundedAndAssignedOrderBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    /** A shop order; answers its number and total. */
    private String[] placeOrder(String productId, int quantity) {
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, quantity, "BANK_TRANSFER"),
                "Idempotency-Key",
                "refunded-page-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        return new String[] {
            Http.json(placed).getString("number"), Http.json(placed).getString("total")
        };
    }

    @Test
    void aRefundedOrderReadsAsRefundedAndAnOpenOneIsAssignedToABrokerFromItsPage() {
        BackOfficeFixtures fixtures = new BackOfficeFixtures(app);
        String[] placed = placeOrder(fixtures.ownProduct, 2);
        String refunded = placed[0];
        HttpResponse<String> paid = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + refunded + "/payment-received",
                "{\"amount\": \"" + placed[1] + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        HttpResponse<String> refund = BackOffice.post(
                app, "coop-ningyuan", "/api/v1/orders/" + refunded + "/refunds", "{\"reason\": \"买家取消\"}");
        assertEquals(201, refund.statusCode(), refund.body());
        assertEquals(
                0,
                Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/orders/" + refunded + "/pick-list"))
                        .size(),
                "the pick list names no refunded piece");
        JsonObject packed = ApiErrors.assertError(
                BackOffice.post(app, "coop-ningyuan", "/api/v1/orders/" + refunded + "/packed", "{}"),
                409,
                "INVALID_STATE");
        assertTrue(packed.getString("message").contains("refunded"), packed.toString());
        String open = placeOrder(fixtures.ownProduct, 1)[0];
        // federation staff reach the same form from the desk's open orders
        assertTrue(
                BackOffice.session(app, "federation").get("/desk.xhtml").body().contains("fulfil.xhtml?number=" + open),
                "the desk links an open order to its page, where it is assigned");

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(app.uri("admin/fulfil.xhtml?number=" + refunded).toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("fulfil:refundedNotice")));
            assertEquals("已退款", browser.findElement(By.id("fulfil:partStatus")).getText());
            assertTrue(browser.findElement(By.id("fulfil:refundedNotice"))
                    .getText()
                    .contains("没有需要打包"));
            assertFalse(
                    browser.findElement(By.id("fulfil:pick")).getText().contains("已售出"),
                    browser.findElement(By.id("fulfil:pick")).getText());
            assertTrue(browser.findElements(By.id("fulfil:pack")).isEmpty(), "nothing to pack");
            assertTrue(browser.findElements(By.id("assign:submit")).isEmpty(), "a refunded order needs no broker");
            Browser.screenshot(browser, "order-refunded-zh");

            browser.get(app.uri("admin/fulfil.xhtml?number=" + open).toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("assign:submit")));
            Browser.screenshot(browser, "order-assign-zh");
            browser.findElement(By.id("assign:submit")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("assign"), "请选择一位在职的经纪人"));
            ((JavascriptExecutor) browser)
                    .executeScript("document.getElementById('assign:broker_input').value = 'broker-li';");
            browser.findElement(By.id("assign:submit")).click();
            wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("assign:submit")));
            assertTrue(browser.findElements(By.id("assign")).isEmpty());
        } finally {
            browser.quit();
        }
        JsonObject desk = Http.json(BackOffice.get(app, "broker-li", "/api/v1/desk"));
        assertTrue(desk.toString().contains(open), "the assigned order is on broker-li's desk");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
