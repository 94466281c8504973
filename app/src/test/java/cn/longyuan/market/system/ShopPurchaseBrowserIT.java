package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.GUEST;
import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A guest buys a piece through the shop's pages, from the home page to the page that follows her order. */
class ShopPurchaseBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aGuestBuysAPieceInEnglishAndFollowsHerOrder() {
        // "embroidery" is only in the English text of the 刺绣 pieces
        buy(
                "en",
                "embroidery",
                0,
                "AWAITING_PAYMENT",
                "Awaiting payment",
                List.of("Add to cart", "Your cart", "Checkout", "Order placed"),
                "Ningyuanpu");
    }

    @Test
    void aGuestBuysAPieceInChineseByCashOnDeliveryAndFollowsHerOrder() {
        buy("zh-CN", "香包", 1, "CONFIRMED", "已确认（货到付款）", List.of("加入购物车", "购物车", "结算", "订单已提交"), "宁远堡");
    }

    /**
     * The whole path of foundation 4/4: a guest finds a Ningyuanpu product by a word in the
     * search, buys two pieces of it through the shop's pages
     * and follows her order; then the cooperative's manager logs in and finds that order and the two pieces it
     * holds in her stock.
     */
    private void buy(
            String language,
            String searchWords,
            int paymentMethod,
            String status,
            String statusText,
            List<String> words,
            String cooperativeWords) {
        String lang = language.substring(0, 2);
        WebDriver browser = Browser.open(language);
        try {
            browser.get(app.baseUri().toString());
            Browser.screenshot(browser, "shop-home-" + lang);
            String name = ShopPages.searchAndOpenAProductInStockOf(browser, app, searchWords, cooperativeWords);
            Browser.screenshot(browser, "shop-product-" + lang);
            assertEquals(name, browser.findElement(By.tagName("h1")).getText());
            assertTrue(text(browser, "product-price").matches("¥\\d+\\.\\d{2}"), text(browser, "product-price"));
            assertEquals(words.get(0), browser.findElement(By.id("buy:add")).getText());

            ShopPages.addToCart(browser, 2);
            assertEquals("2", text(browser, "cartCount"));
            assertFalse(
                    browser.findElements(By.cssSelector("#buy\\:buyMessages .ui-messages-info"))
                            .isEmpty(),
                    "the page says the pieces were added");

            ShopPages.openCart(browser);
            assertEquals(words.get(1), browser.findElement(By.tagName("h1")).getText());
            List<WebElement> lines = browser.findElements(By.cssSelector("li.cart-line"));
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).getText().contains(name), lines.get(0).getText());
            assertEquals(
                    "2", browser.findElement(By.id("cart:lines:0:quantity")).getAttribute("value"));
            Browser.screenshot(browser, "shop-cart-" + lang);

            ShopPages.goToCheckout(browser);
            assertEquals(words.get(2), browser.findElement(By.tagName("h1")).getText());
            ShopPages.fillCheckout(browser, GUEST, paymentMethod);
            String previewTotal = text(browser, "summary-total");
            Browser.screenshot(browser, "shop-checkout-" + lang);

            ShopPages.placeOrder(browser);
            assertTrue(
                    browser.getCurrentUrl().contains("/confirmation"),
                    "placed, not refused: " + browser.getPageSource());
            assertEquals(words.get(3), browser.findElement(By.tagName("h1")).getText());
            String number = text(browser, "order-number");
            assertFalse(number.isBlank());
            assertEquals(status, browser.findElement(By.id("order-status")).getAttribute("data-status"));
            assertEquals(previewTotal, text(browser, "order-total"), "the order costs what the checkout said");
            assertEquals("0", text(browser, "cartCount"), "the cart is empty once the order is placed");
            Browser.screenshot(browser, "shop-confirmation-" + lang);

            browser.findElement(By.id("follow")).click();
            waitIn(browser).until(ExpectedConditions.urlMatches(".*/order(\\.xhtml)?\\?.*"));
            assertEquals(number, text(browser, "order-number"));
            assertEquals(status, browser.findElement(By.id("order-status")).getAttribute("data-status"));
            assertEquals(statusText, text(browser, "order-status"));
            assertTrue(browser.findElement(By.cssSelector(".order-lines"))
                    .getText()
                    .contains(name));
            assertEquals(previewTotal, text(browser, "order-total"));
            assertFalse(browser.findElements(By.cssSelector(".history li")).isEmpty(), "the history has the placing");
            Browser.screenshot(browser, "shop-order-" + lang);

            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            List<List<String>> reservations = BackOfficePages.openOrderAndReadReservations(browser, number);
            // the back office speaks the language she chose in the shop (one lang cookie for both), names included
            BackOfficePages.assertHolds(reservations, name, 2);
            Browser.screenshot(browser, "admin-guest-order-" + lang);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theOrderPageSaysNotFoundForAWrongToken() {
        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.uri("order.xhtml?number=LY-NO-SUCH&token=" + "x".repeat(43))
                    .toString());
            assertEquals(
                    "Order not found", browser.findElement(By.tagName("h1")).getText());
            assertFalse(browser.findElement(By.tagName("body")).getText().contains("Exception"));
        } finally {
            browser.quit();
        }
    }
}
