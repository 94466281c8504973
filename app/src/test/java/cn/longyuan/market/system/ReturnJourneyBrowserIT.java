package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After-sale in headless Chromium, in Chinese: a delivered order (made through the API and the back office's
 * calls), the buyer asks on her order page to send one piece back (a form without a reason is answered next to
 * the field), the cooperative's manager accepts it on the order's page, and the buyer's page then reads it refunded.
 */
class ReturnJourneyBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void theBuyerAsksForAReturnTheManagerAcceptsAndTheBuyerSeesItRefunded() {
        String[] order = ReturnsIT.paidOrder(app, "returns-browser-");
        String number = order[0];
        ReturnsIT.deliver(app, number);
        String orderPage =
                app.uri("order.xhtml?number=" + number + "&token=" + order[1]).toString();

        WebDriver buyer = Browser.open("zh-CN");
        try {
            buyer.get(orderPage);
            wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("returns-heading")));
            assertEquals("申请退货/退款", buyer.findElement(By.id("returns-heading")).getText());
            assertTrue(
                    buyer.findElement(By.id("order-ship-to")).getText().contains("北京路 18 号"),
                    buyer.findElement(By.id("order-ship-to")).getText());
            Browser.screenshot(buyer, "return-form-zh");

            // no reason chosen: answered next to the reason, nothing asked
            type(buyer, "returnLines:0:return:quantity", "1");
            WebElement ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement reason = wait(buyer)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("returnLines:0:return:reason")));
            String next = reason.findElement(By.xpath("following::*[contains(@class,'field-error')][1]"))
                    .getText();
            assertTrue(next.contains("请选择退货原因"), next);
            assertTrue(buyer.findElements(By.cssSelector(".return-request")).isEmpty(), "nothing was asked");

            type(buyer, "returnLines:0:return:quantity", "1");
            new Select(buyer.findElement(By.id("returnLines:0:return:reason"))).selectByVisibleText("作品破损");
            buyer.findElement(By.id("returnLines:0:return:note")).sendKeys("香包一角开线了");
            ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement request =
                    wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".return-request")));
            assertEquals("REQUESTED", request.getAttribute("data-status"));
            assertTrue(
                    request.getText().contains("等待合作社处理") && request.getText().contains("作品破损"), request.getText());
            assertTrue(buyer.getCurrentUrl().contains("token="), "back on the same link: " + buyer.getCurrentUrl());
            Browser.screenshot(buyer, "return-requested-zh");
        } finally {
            buyer.quit();
        }

        WebDriver manager = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(manager, app, "coop-ningyuan");
            manager.get(app.uri("admin/requests.xhtml").toString());
            wait(manager)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(number)))
                    .click();
            WebElement accept =
                    wait(manager).until(ExpectedConditions.elementToBeClickable(By.id("returns:list:0:accept")));
            assertTrue(manager.findElement(By.id("returns:list")).getText().contains("香包一角开线了"));
            Browser.screenshot(manager, "return-to-decide-zh");
            accept.click();
            wait(manager).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            String growl =
                    manager.findElement(By.cssSelector(".ui-growl-message")).getText();
            assertTrue(growl.contains("货款已退"), growl);
            assertEquals(
                    "已同意并退款",
                    manager.findElement(By.id("returns:list:0:status")).getText());
            assertTrue(
                    manager.findElement(By.id("refund:refunds")).getText().contains("× 1"),
                    "the refund is listed: "
                            + manager.findElement(By.id("refund:refunds")).getText());
            Browser.screenshot(manager, "return-accepted-zh");
        } finally {
            manager.quit();
        }

        WebDriver again = Browser.open("zh-CN");
        try {
            again.get(orderPage);
            WebElement request =
                    wait(again).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".return-request")));
            assertEquals("ACCEPTED", request.getAttribute("data-status"));
            assertTrue(request.getText().contains("已同意，已退款"), request.getText());
            Browser.screenshot(again, "return-refunded-zh");
        } finally {
            again.quit();
        }
    }

    private static void type(WebDriver browser, String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }
}
