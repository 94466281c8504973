package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The order page's cancel and return dialogs, in Chromium: a manager calls her paid part off with a reason the history
 * keeps; on a shipped part she records pieces come back, a missing reason said inside the return dialog (not the
 * cancel dialog's), and the part is then returned. The test makes its own pieces (a batch of a trained woman).
 */
class OrderPageDialogsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final String MANAGER = "coop-ningyuan";
    private final RunningApp app = RunningApp.get();

    @Test
    void aPaidPartIsCancelledWithItsReasonAndAShippedOneTakesItsPiecesBack() {
        String productId = newPieces(2);
        String[] paid = place(productId, "BANK_TRANSFER");
        HttpResponse<String> payment = BackOffice.post(
                app,
                MANAGER,
                "/api/v1/orders/" + paid[0] + "/payment-received",
                "{\"amount\": \"" + paid[1] + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
        assertEquals(200, payment.statusCode(), payment.body());
        String shipped = place(productId, "CASH_ON_DELIVERY")[0];
        HttpResponse<String> shipment = BackOffice.post(
                app,
                MANAGER,
                "/api/v1/orders/" + shipped + "/shipments",
                "{\"carrier\": \"顺丰速运\", \"trackingNumber\": \"SF2000" + System.nanoTime() % 1_000_000 + "\"}");
        assertEquals(200, shipment.statusCode(), shipment.body());

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, MANAGER);
            browser.get(app.uri("admin/fulfil.xhtml?number=" + paid[0]).toString());
            wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("fulfil:openCancel")));
            assertTrue(browser.findElements(By.id("fulfil:openReturn")).isEmpty(), "nothing has left yet");
            browser.findElement(By.id("fulfil:openCancel")).click();
            wait(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:reason")))
                    .sendKeys("买家改了主意");
            browser.findElement(By.id("fulfil:cancel")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("fulfil:partStatus"), "已取消"));
            assertTrue(browser.findElement(By.id("fulfil:history")).getText().contains("买家改了主意"));
            assertTrue(browser.findElements(By.id("fulfil:openCancel")).isEmpty(), "cancelled once");
            assertTrue(browser.findElements(By.id("fulfil:pack")).isEmpty(), "nothing to pack");

            browser.get(app.uri("admin/fulfil.xhtml?number=" + shipped).toString());
            wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("fulfil:openReturn")));
            assertTrue(browser.findElements(By.id("fulfil:openCancel")).isEmpty(), "a shipped part is not cancelled");
            browser.findElement(By.id("fulfil:openReturn")).click();
            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:returnPieces")));
            browser.findElement(By.id("fulfil:returnPieces")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-message")));
            assertTrue(
                    textOf(browser, "fulfil:returnDialog").contains("请填写原因"),
                    "the missing reason is said in the return dialog");
            assertFalse(textOf(browser, "fulfil:cancelDialog").contains("请填写原因"), "not in the cancel dialog");
            assertEquals("已发货", browser.findElement(By.id("fulfil:partStatus")).getText());

            browser.findElement(By.id("fulfil:openReturn")).click();
            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:returnReason")));
            // the dialog is redrawn as it opens again: type until the redrawn field holds the reason
            wait(browser)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        WebElement reason = d.findElement(By.id("fulfil:returnReason"));
                        if (!"包装破损".equals(reason.getDomProperty("value"))) {
                            reason.clear();
                            reason.sendKeys("包装破损");
                        }
                        return "包装破损".equals(reason.getDomProperty("value"));
                    });
            browser.findElement(By.id("fulfil:returnPieces")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("fulfil:partStatus"), "已退货"));
            String returns = browser.findElement(By.id("fulfil:returns")).getText();
            assertTrue(returns.contains("包装破损") && returns.contains("重新入库"), returns);
            assertTrue(browser.findElements(By.id("fulfil:openReturn")).isEmpty(), "every piece is back");
            Browser.screenshot(browser, "order-returned-zh");
        } finally {
            browser.quit();
        }
    }

    /** A product of coop-ningyuan with that many more pieces, made by a woman trained in its craft; its id. */
    private String newPieces(int quantity) {
        List<JsonObject> artisans = Http.jsonArray(BackOffice.get(app, MANAGER, "/api/v1/artisans"));
        String cooperative = artisans.get(0).getJsonObject("cooperative").getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + cooperative)))
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject maker = artisans.stream()
                .filter(a -> a.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("craft").equals(product.getString("craft"))))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> batch = BackOffice.post(
                app,
                MANAGER,
                "/api/v1/production-batches",
                "{\"productId\": \"" + product.getString("id") + "\", \"artisanId\": \"" + maker.getString("id")
                        + "\", \"quantity\": " + quantity + ", \"madeOn\": \""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
        assertEquals(201, batch.statusCode(), batch.body());
        return product.getString("id");
    }

    /** A shop order of one piece; its number and total. */
    private String[] place(String productId, String method) {
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, method),
                "Idempotency-Key",
                "order-dialogs-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        return new String[] {
            Http.json(placed).getString("number"), Http.json(placed).getString("total")
        };
    }

    /** An element's text, shown or not (a closed dialog keeps its messages). */
    private static String textOf(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("textContent");
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
