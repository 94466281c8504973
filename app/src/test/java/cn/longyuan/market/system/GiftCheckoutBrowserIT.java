package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.GUEST;
import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A buyer sends her order as a gift from the checkout, on a phone, and reads her message back as she wrote it. */
class GiftCheckoutBrowserIT {

    private final RunningApp app = RunningApp.get();

    /** Buyer text with markup in it: shown as the characters she typed, never as markup. */
    private static final String MESSAGE = "外婆生日快乐 <b>身体健康</b>";

    @Test
    void aGiftOrderPlacedAtCheckoutShowsItsMessageOnTheConfirmationAndTrackingPages() {
        WebDriver browser = Browser.open("zh-CN", 375, 812);
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, GUEST, 1);
            assertEquals(
                    "这是一份礼品",
                    browser.findElement(By.cssSelector("label[for='checkout:gift']"))
                            .getText());
            browser.findElement(By.id("checkout:gift")).click();
            browser.findElement(By.id("checkout:giftMessage")).sendKeys(MESSAGE);
            assertTrue(
                    ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                    "no sideways scrolling on a phone");
            Browser.screenshot(browser, "checkout-gift-375-zh");

            ShopPages.placeOrder(browser);

            assertTrue(browser.getCurrentUrl().contains("/confirmation"), browser.getCurrentUrl());
            assertTrue(text(browser, "gift").contains("作为礼品寄出"), text(browser, "gift"));
            assertEquals(MESSAGE, text(browser, "gift-message"));
            assertEquals(
                    0, browser.findElements(By.cssSelector("#gift-message b")).size(), "escaped, not markup");
            assertTrue(
                    ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                    "no sideways scrolling on a phone");
            Browser.screenshot(browser, "confirmation-gift-375-zh");

            browser.findElement(By.id("follow")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("order-number")));
            assertEquals(MESSAGE, text(browser, "gift-message"));
            assertEquals(
                    0, browser.findElements(By.cssSelector("#gift-message b")).size());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTooLongGiftMessageIsSaidNextToItsFieldInEnglish() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, GUEST, 1);
            browser.findElement(By.id("checkout:giftMessage")).sendKeys("x".repeat(201));

            ShopPages.placeOrder(browser);

            assertTrue(browser.getCurrentUrl().contains("/checkout"), browser.getCurrentUrl());
            assertEquals("At most 200 characters", text(browser, "checkout:giftMessageMessage"));
            assertEquals("", text(browser, "checkout:nameMessage"), "no message for a good field");
            assertEquals(
                    201,
                    browser.findElement(By.id("checkout:giftMessage"))
                            .getAttribute("value")
                            .length(),
                    "what she typed stays for her to correct");
        } finally {
            browser.quit();
        }
    }
}
