package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A broker takes a phone order in the back office's pages, as she would, and finds it on her desk. */
class BrokerPhoneOrderBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aBrokerTakesAPhoneOrderWithFieldMessagesFirstAndSendsTheTrackingLink() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "broker-li");
            browser.findElement(By.id("nav-phone-order")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("phone:submit")));

            // nothing filled in: the page says what is missing next to each field
            browser.findElement(By.id("phone:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("至少选择一种商品"), page);
            assertTrue(page.contains("请填写买家姓名"), page);
            assertTrue(page.contains("请填写详细地址"), page);
            Browser.screenshot(browser, "broker-phone-order-messages-zh");

            Select product = new Select(browser.findElement(By.id("phone:lines:0:product")));
            String chosen = product.getOptions().stream()
                    .filter(o -> !o.getText().contains("可售 0"))
                    .filter(o -> !o.getText().equals("—"))
                    .findFirst()
                    .orElseThrow()
                    .getText();
            product.selectByVisibleText(chosen);
            browser.findElement(By.id("phone:lines:0:quantity_input")).sendKeys("1");
            browser.findElement(By.id("phone:name")).sendKeys("马阿姨");
            browser.findElement(By.id("phone:phone")).sendKeys("139 0937 0123");
            browser.findElement(By.id("phone:city")).sendKeys("酒泉市");
            browser.findElement(By.id("phone:street")).sendKeys("敦煌市沙州镇阳关中路 6 号");
            Browser.screenshot(browser, "broker-phone-order-filled-zh");
            browser.findElement(By.id("phone:submit")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("number")));
            String number = browser.findElement(By.id("number")).getText();
            String tracking = browser.findElement(By.id("trackingUrl")).getAttribute("value");
            assertTrue(tracking.contains("number=" + number), tracking);
            Browser.screenshot(browser, "broker-phone-order-placed-zh");

            // the buyer's link opens her order in the shop
            URI link = URI.create(tracking);
            browser.get(app.uri("order.xhtml?" + link.getRawQuery()).toString());
            assertTrue(browser.findElement(By.tagName("body")).getText().contains(number));
            Browser.screenshot(browser, "broker-phone-order-tracking-zh");

            browser.get(app.uri("admin/desk.xhtml?number=" + number).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order")));
            assertTrue(browser.findElement(By.id("notes")).getText().contains("代客下单"));
            browser.findElement(By.id("note:text")).sendKeys("已电话告知买家跟踪链接");
            browser.findElement(By.id("note:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "已电话告知买家跟踪链接"));
            Browser.screenshot(browser, "broker-desk-zh");
            assertEquals(1, browser.findElements(By.linkText(number)).size(), "the order is on her desk");
        } finally {
            browser.quit();
        }
    }
}
