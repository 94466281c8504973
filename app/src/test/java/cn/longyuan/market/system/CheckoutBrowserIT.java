package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.GUEST;
import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the cart and checkout say when the buyer or the stock cannot be followed: next to the field or line, and nothing ordered. */
class CheckoutBrowserIT {

    private final RunningApp app = RunningApp.get();

    private int available(String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }

    private String productIdOnPage(WebDriver browser) {
        return browser.findElement(By.cssSelector("article.product")).getAttribute("data-product-id");
    }

    @Test
    void aBadPhoneIsShownNextToThePhoneFieldAndNothingIsOrdered() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            ShopPages.openAProductInStock(browser, app);
            String productId = productIdOnPage(browser);
            ShopPages.addToCart(browser, 1);
            int before = available(productId);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            Map<String, String> guest = new HashMap<>(GUEST);
            guest.put("phone", "12345");
            ShopPages.fillCheckout(browser, guest, 0);

            ShopPages.placeOrder(browser);

            assertTrue(browser.getCurrentUrl().contains("/checkout"), browser.getCurrentUrl());
            WebElement message = browser.findElement(By.id("checkout:phoneMessage"));
            assertTrue(message.getText().contains("电话号码"), "the phone's message is next to it: " + message.getText());
            WebElement phoneField = browser.findElement(By.id("checkout:phone"));
            assertTrue(phoneField.getAttribute("class").contains("ui-state-error"), phoneField.getAttribute("class"));
            assertEquals("true", phoneField.getAttribute("aria-invalid"));
            assertEquals("12345", phoneField.getAttribute("value"), "what she typed stays for her to correct");
            assertEquals(
                    "", browser.findElement(By.id("checkout:nameMessage")).getText(), "no message for a good field");
            assertEquals(before, available(productId), "nothing was reserved");
            assertEquals("1", text(browser, "cartCount"), "the cart is as it was");
            Browser.screenshot(browser, "shop-checkout-bad-phone-zh");

            // corrected, the same checkout places the order
            WebElement phone = browser.findElement(By.id("checkout:phone"));
            phone.clear();
            phone.sendKeys(GUEST.get("phone"));
            ShopPages.placeOrder(browser);
            assertTrue(browser.getCurrentUrl().contains("/confirmation"), browser.getCurrentUrl());
            assertEquals(before - 1, available(productId));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aDoubleSubmitOfOneCheckoutPlacesOneOrder() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            String productId = productIdOnPage(browser);
            ShopPages.addToCart(browser, 2);
            int before = available(productId);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, GUEST, 0);

            // the same form posted twice at the same moment, as a double tap or an impatient retry does
            Object statuses = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('checkout');
                    const body = new URLSearchParams(new FormData(form));
                    body.append('checkout:place', 'checkout:place');
                    const post = () => fetch(form.action, {method: 'POST', body: body, redirect: 'manual',
                            credentials: 'same-origin'}).then(r => r.type === 'opaqueredirect' ? 'redirect'
                            : r.text().then(t => r.status + ' ' + t.replace(/<[^>]*>/g, ' ').replace(/\\s+/g, ' ')));
                    Promise.all([post(), post()]).then(done, e => done(String(e)));
                    """);
            assertEquals(List.of("redirect", "redirect"), statuses, "both answered with the confirmation");
            assertEquals(before - 2, available(productId), "two pieces reserved once: one order");

            browser.get(app.uri("confirmation.xhtml").toString());
            assertFalse(text(browser, "order-number").isBlank());
            assertEquals("0", text(browser, "cartCount"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aPieceSoldOutMeanwhileIsShownNextToItsLineAndNothingIsOrdered() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            String productId = productIdOnPage(browser);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, GUEST, 0);

            // another buyer takes every piece left through the API while this one fills the form
            int left = available(productId);
            HttpResponse<String> other = Http.post(
                    app.uri("api/v1/orders"),
                    "application/json",
                    PublicApiIT.orderBody(productId, left, "BANK_TRANSFER"),
                    "Idempotency-Key",
                    "browser-it-" + System.nanoTime());
            assertEquals(201, other.statusCode(), other.body());
            assertEquals(0, available(productId));

            ShopPages.placeOrder(browser);

            assertTrue(browser.getCurrentUrl().contains("/checkout"), browser.getCurrentUrl());
            WebElement line =
                    browser.findElement(By.cssSelector("li.checkout-line[data-product-id='" + productId + "']"));
            assertTrue(
                    line.findElement(By.cssSelector(".line-problem")).getText().contains("Out of stock"),
                    "the line says why: " + line.getText());
            assertTrue(text(browser, "checkout:messages").contains("not placed"), text(browser, "checkout:messages"));
            assertEquals(0, available(productId), "nothing more was reserved");
            Browser.screenshot(browser, "shop-checkout-out-of-stock-en");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theCartHoldsAQuantityToWhatIsInStockAndSaysSoNextToTheLine() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            String productId = productIdOnPage(browser);
            ShopPages.addToCart(browser, 1);
            int available = available(productId);
            ShopPages.openCart(browser);

            WebElement quantity = browser.findElement(By.id("cart:lines:0:quantity"));
            quantity.clear();
            quantity.sendKeys(Integer.toString(available + 5));
            browser.findElement(By.id("cart:update")).click();
            waitIn(browser)
                    .until(d -> !d.findElements(By.cssSelector("li.cart-line .line-problem"))
                            .isEmpty());

            String problem = browser.findElement(By.cssSelector("li.cart-line .line-problem"))
                    .getText();
            assertEquals(
                    "Only " + available + " left: the quantity was changed from " + (available + 5) + " to " + available
                            + ".",
                    problem);
            assertEquals(
                    Integer.toString(available),
                    browser.findElement(By.id("cart:lines:0:quantity")).getAttribute("value"));
            assertEquals(Integer.toString(available), text(browser, "cartCount"));
            Browser.screenshot(browser, "shop-cart-limited-en");

            browser.findElement(By.id("cart:lines:0:remove")).click();
            waitIn(browser)
                    .until(d -> d.findElements(By.cssSelector("li.cart-line")).isEmpty());
            assertEquals("0", text(browser, "cartCount"));
            assertTrue(browser.findElement(By.cssSelector(".empty")).getText().contains("Your cart is empty"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theProductPageAddsNoMoreThanIsInStockAndSaysSo() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            int available = available(productIdOnPage(browser));
            ShopPages.addToCart(browser, available + 1);
            assertEquals(
                    "Only " + available + " in stock: your cart now holds " + available + ".",
                    text(browser, "buy:quantityMessage"));
            assertEquals(Integer.toString(available), text(browser, "cartCount"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void quantitiesMustBeWholeNumbersFromOne() {
        WebDriver browser = Browser.open("en");
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            WebElement quantity = browser.findElement(By.id("cart:lines:0:quantity"));
            quantity.clear();
            quantity.sendKeys("0");
            browser.findElement(By.id("cart:update")).click();
            waitIn(browser)
                    .until(d -> !d.findElement(By.id("cart:lines:0:quantityMessage"))
                            .getText()
                            .isBlank());
            assertTrue(
                    text(browser, "cart:lines:0:quantityMessage").startsWith("Quantity"),
                    text(browser, "cart:lines:0:quantityMessage"));
            assertEquals("1", text(browser, "cartCount"));
            List<WebElement> checkout = browser.findElements(By.id("cart:checkout"));
            assertFalse(checkout.isEmpty(), "the cart itself did not change");
        } finally {
            browser.quit();
        }
    }
}
