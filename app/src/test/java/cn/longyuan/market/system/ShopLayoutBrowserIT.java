package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.scrollWidth;
import static cn.longyuan.market.system.ShopPages.viewportWidth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The shop on a phone 375 pixels wide: everything fits the width, nothing scrolls sideways. */
class ShopLayoutBrowserIT {

    private static final int PHONE = 375;

    private final RunningApp app = RunningApp.get();

    private static void assertFitsThePhone(WebDriver browser, String page) {
        assertEquals(PHONE, viewportWidth(browser), "the browser is a phone's width");
        long width = scrollWidth(browser);
        assertTrue(width <= PHONE, page + " scrolls sideways: " + width + " px wide");
    }

    @Test
    void theHomePageHasNoHorizontalScrollOnAPhone() {
        WebDriver browser = Browser.open("en", PHONE, 800);
        try {
            browser.get(app.baseUri().toString());
            assertTrue(browser.findElements(By.cssSelector("li.product-card")).size() > 1);
            assertFitsThePhone(browser, "home");
            Browser.screenshot(browser, "shop-home-phone-en");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aBuyersPagesFitAPhoneInChinese() {
        WebDriver browser = Browser.open("zh-CN", PHONE, 800);
        try {
            browser.get(app.baseUri().toString());
            assertFitsThePhone(browser, "home");
            Browser.screenshot(browser, "shop-home-phone-zh");

            ShopPages.openAProductInStock(browser, app);
            assertFitsThePhone(browser, "product");
            Browser.screenshot(browser, "shop-product-phone-zh");

            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            assertFitsThePhone(browser, "cart");
            Browser.screenshot(browser, "shop-cart-phone-zh");

            ShopPages.goToCheckout(browser);
            assertFitsThePhone(browser, "checkout");
            Browser.screenshot(browser, "shop-checkout-phone-zh");

            browser.get(app.uri("trace/NOSUCHCODE").toString());
            assertFitsThePhone(browser, "trace");
        } finally {
            browser.quit();
        }
    }
}
