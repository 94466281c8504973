package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A registered buyer in the browser: registers, saves an address, logs out, fills her cart as a guest, logs in and
 * finds it merged with what she had saved, checks out with her saved address, then finds the order in her
 * history and follows it — in Chinese and in English, and on a 375-px phone.
 */
class BuyerAccountBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aRegisteredBuyerBuysWithHerSavedAddressAndFollowsTheOrderInChinese() {
        registeredBuyerBuys("zh-CN", 1280, 900, List.of("注册", "我的订单", "订单已提交"));
    }

    @Test
    void aRegisteredBuyerBuysWithHerSavedAddressAndFollowsTheOrderInEnglish() {
        registeredBuyerBuys("en", 1280, 900, List.of("Register", "My orders", "Order placed"));
    }

    @Test
    void aRegisteredBuyerBuysOnAPhone() {
        registeredBuyerBuys("zh-CN", 375, 800, List.of("注册", "我的订单", "订单已提交"));
    }

    private void registeredBuyerBuys(String language, int width, int height, List<String> words) {
        String tag = language.substring(0, 2) + (width < 500 ? "-phone" : "");
        String login = "buyer-" + tag + "-" + System.nanoTime() + "@example.cn";
        WebDriver browser = Browser.open(language, width, height);
        try {
            // register, and keep one piece in her cart and an address in her book
            browser.get(app.uri("register.xhtml").toString());
            assertEquals(words.get(0), browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.id("register:login")).sendKeys(login);
            browser.findElement(By.id("register:displayName")).sendKeys("巧手之友 " + tag);
            browser.findElement(By.id("register:password")).sendKeys("gansu-crafts-2026");
            browser.findElement(By.id("register:passwordAgain")).sendKeys("gansu-crafts-2026");
            Browser.screenshot(browser, "buyer-register-" + tag);
            browser.findElement(By.id("register:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("巧手之友 " + tag));
            assertTrue(ShopPages.shows(browser, "no-orders"));
            if (width < 500) {
                assertTrue(
                        ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                        "no sideways scrolling on a phone");
            }

            String name = ShopPages.openAProductInStock(browser, app);
            String productUrl = browser.getCurrentUrl();
            ShopPages.addToCart(browser, 1);
            assertEquals("1", text(browser, "cartCount"));

            browser.get(app.uri("account/addresses.xhtml").toString());
            browser.findElement(By.id("address:add")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("address:save")));
            browser.findElement(By.id("address:recipient")).clear();
            browser.findElement(By.id("address:recipient")).sendKeys("王芳");
            browser.findElement(By.id("address:phone")).sendKeys("13812345678");
            ShopPages.choose(browser, "address:province", "甘肃省");
            ShopPages.choose(browser, "address:city", "金昌市");
            browser.findElement(By.id("address:district")).sendKeys("金川区");
            browser.findElement(By.id("address:line")).sendKeys("北京路 18 号");
            browser.findElement(By.id("address:postcode")).sendKeys("737100");
            Browser.screenshot(browser, "buyer-address-form-" + tag);
            browser.findElement(By.id("address:save")).click();
            waitIn(browser)
                    .until(d -> !d.findElements(By.cssSelector("li.address-row.is-default"))
                            .isEmpty());
            assertTrue(browser.findElement(By.cssSelector("li.address-row"))
                    .getText()
                    .contains("北京路 18 号"));
            Browser.screenshot(browser, "buyer-addresses-" + tag);

            logOut(browser);
            assertEquals("0", text(browser, "cartCount"), "a new visit as a guest starts with an empty cart");

            // as a guest, two more of the same piece; logging in merges the carts: 1 + 2
            browser.get(productUrl);
            ShopPages.addToCart(browser, 2);
            assertEquals("2", text(browser, "cartCount"));
            browser.findElement(By.id("loginLink")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login:loginName")));
            browser.findElement(By.id("login:loginName")).sendKeys(login.toUpperCase());
            browser.findElement(By.id("login:password")).sendKeys("gansu-crafts-2026");
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));
            assertEquals("3", text(browser, "cartCount"), "the guest's two pieces added to the one she had saved");
            Browser.screenshot(browser, "buyer-logged-in-" + tag);

            // checkout: contact and her saved (default) address filled in
            ShopPages.openCart(browser);
            assertTrue(browser.findElement(By.cssSelector("li.cart-line"))
                    .getText()
                    .contains(name));
            ShopPages.goToCheckout(browser);
            assertEquals(
                    "甘肃省",
                    new Select(browser.findElement(By.id("checkout:province")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            assertEquals(
                    "金昌市",
                    new Select(browser.findElement(By.id("checkout:city")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            assertEquals(
                    "北京路 18 号",
                    browser.findElement(By.id("checkout:addressLine")).getAttribute("value"));
            assertEquals(
                    "13812345678", browser.findElement(By.id("checkout:phone")).getAttribute("value"));
            assertEquals(login, browser.findElement(By.id("checkout:email")).getAttribute("value"));
            browser.findElement(By.cssSelector("label[for='checkout:paymentMethod:1']"))
                    .click();
            Browser.screenshot(browser, "buyer-checkout-" + tag);
            ShopPages.placeOrder(browser);
            assertTrue(browser.getCurrentUrl().contains("/confirmation"), "placed: " + browser.getPageSource());
            assertEquals(words.get(2), browser.findElement(By.tagName("h1")).getText());
            String number = text(browser, "order-number");
            Browser.screenshot(browser, "buyer-confirmation-" + tag);

            // her history lists it; it opens the tracking page without the token
            browser.findElement(By.id("accountLink")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));
            WebElement row = browser.findElement(By.cssSelector("li.account-row[data-number='" + number + "']"));
            assertTrue(row.getText().contains(words.get(1).equals("My orders") ? "Confirmed" : "已确认"), row.getText());
            Browser.screenshot(browser, "buyer-order-history-" + tag);
            row.findElement(By.cssSelector("a.order-link")).click();
            waitIn(browser).until(ExpectedConditions.urlMatches(".*/order(\\.xhtml)?\\?.*"));
            assertEquals(number, text(browser, "order-number"));
            assertEquals("CONFIRMED", browser.findElement(By.id("order-status")).getAttribute("data-status"));
            assertFalse(browser.findElements(By.cssSelector("ol.history li")).isEmpty());
            if (width < 500) {
                assertTrue(
                        ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                        "no sideways scrolling on a phone");
            }
            Browser.screenshot(browser, "buyer-tracking-" + tag);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCityOutsideTheChosenProvinceIsRefusedNextToTheField() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, ShopPages.GUEST, 0);
            // as a page without script would post it: the province changed, the city still one of Gansu's
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "var s = document.getElementById('checkout:province'); s.onchange = null; s.value = '陕西省';");
            ShopPages.placeOrder(browser);
            assertFalse(browser.getCurrentUrl().contains("/confirmation"));
            assertEquals("这个城市不在所选省份，请重新选择城市。", text(browser, "checkout:cityMessage"));
            Browser.screenshot(browser, "buyer-checkout-wrong-city");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDemoBuyerLogsInAndABackOfficeAccountIsToldItCannot() {
        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.uri("login.xhtml").toString());
            browser.findElement(By.id("login:loginName")).sendKeys("coop-ningyuan");
            browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login:passwordMessage")));
            assertTrue(
                    text(browser, "login:passwordMessage").contains("back-office account"),
                    text(browser, "login:passwordMessage"));
            assertTrue(ShopPages.shows(browser, "loginLink"), "not logged in");
            Browser.screenshot(browser, "buyer-login-refused-en");

            browser.findElement(By.id("login:loginName")).clear();
            browser.findElement(By.id("login:loginName")).sendKeys("buyer-wang");
            browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));
            assertTrue(ShopPages.shows(browser, "accountLink"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void accountPagesNeedALoginAndAnotherBuyersOrderIsNotFound() {
        HttpResponse<String> anonymous = Http.get(app.uri("account/orders.xhtml"));
        assertEquals(302, anonymous.statusCode());
        assertTrue(
                anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="),
                anonymous.headers().map().toString());

        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.uri("login.xhtml?next=/account/favourites.xhtml").toString());
            browser.findElement(By.id("login:loginName")).sendKeys("buyer-wang");
            browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/favourites.xhtml"));
            // an order of somebody else (a guest's, placed through the API) without its token
            JsonOrder other = JsonOrder.place(app);
            browser.get(app.uri("order.xhtml?number=" + other.number()).toString());
            assertTrue(ShopPages.shows(browser, "order-not-found"));
            assertFalse(browser.getPageSource().contains(other.number() + "</strong>"));
        } finally {
            browser.quit();
        }
    }

    /** An order a guest placed through the public API. */
    record JsonOrder(String number, String token) {
        static JsonOrder place(RunningApp app) {
            var product = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                    .getJsonArray("items")
                    .getValuesAs(jakarta.json.JsonObject.class)
                    .stream()
                    .filter(p -> p.getInt("available") > 0)
                    .findFirst()
                    .orElseThrow();
            var order = Http.json(Http.post(
                    app.uri("api/v1/orders"),
                    "application/json",
                    PublicApiIT.orderBody(product.getString("id"), 1, "CASH_ON_DELIVERY"),
                    "Idempotency-Key",
                    "other-" + System.nanoTime()));
            return new JsonOrder(order.getString("number"), order.getString("accessToken"));
        }
    }

    private void logOut(WebDriver browser) {
        browser.findElement(By.id("logout:submit")).click();
        waitIn(browser).until(d -> !d.findElements(By.id("loginLink")).isEmpty());
    }
}
