package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.GUEST;
import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16: a buyer pays a bank transfer with the details the shop shows her (the demo payee here), staff confirm
 * it on the order's back-office page, and her order page then says paid; a buyer cancels her unpaid order from its
 * page and from her order history, and its pieces go back on sale.
 */
class BankTransferAndCancelBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final RunningApp app = RunningApp.get();

    @Test
    void aBuyerPaysByBankTransferFollowingTheShownDetailsAndStaffConfirmIt() {
        WebDriver buyer = Browser.open("zh-CN");
        WebDriver staff = Browser.open("zh-CN");
        try {
            ShopPages.openAProductInStockOf(buyer, app, "宁远堡");
            ShopPages.addToCart(buyer, 1);
            ShopPages.openCart(buyer);
            ShopPages.goToCheckout(buyer);
            ShopPages.fillCheckout(buyer, GUEST, 0);
            LocalDateTime placedAbout = LocalDateTime.now(CHINA);
            ShopPages.placeOrder(buyer);
            assertTrue(buyer.getCurrentUrl().contains("/confirmation"), buyer.getCurrentUrl());

            String number = text(buyer, "order-number");
            String total = text(buyer, "order-total");
            assertEquals(
                    "AWAITING_PAYMENT", buyer.findElement(By.id("order-status")).getAttribute("data-status"));
            assertTrue(text(buyer, "transfer-holder").contains("金川区妇女联合会"), text(buyer, "transfer-holder"));
            assertFalse(text(buyer, "transfer-bank").isBlank());
            assertFalse(text(buyer, "transfer-account").isBlank());
            assertEquals(total, text(buyer, "transfer-amount"), "the amount to transfer is the order's total");
            assertEquals(number, text(buyer, "transfer-note"), "the order number is the transfer note");
            // a bank transfer has two days, not the online payment's half hour
            LocalDateTime deadline = LocalDateTime.parse(text(buyer, "transfer-deadline"), SHOWN);
            Duration hold = Duration.between(placedAbout, deadline);
            assertTrue(
                    hold.compareTo(Duration.ofHours(47)) > 0 && hold.compareTo(Duration.ofHours(49)) < 0,
                    "hold " + hold);
            assertTrue(text(buyer, "payment-instructions").contains(text(buyer, "transfer-deadline")));
            Browser.screenshot(buyer, "bank-transfer-confirmation-zh");

            // the tracking link she keeps shows the same details
            buyer.get(buyer.findElement(By.id("order-link")).getAttribute("href"));
            waitIn(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("order-number")));
            assertEquals(number, text(buyer, "transfer-note"));
            assertEquals(total, text(buyer, "transfer-amount"));
            String account = text(buyer, "transfer-account");
            assertTrue(ShopPages.shows(buyer, "cancel:cancelOrder"), "an unpaid order can be cancelled");

            // the money arrives with the note: federation staff find the order by it and confirm the amount received
            BackOfficePages.logIn(staff, app, "federation");
            staff.get(app.uri("admin/fulfil.xhtml?number=" + text(buyer, "transfer-note"))
                    .toString());
            waitIn(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("orderStatus")));
            assertEquals("待付款", staff.findElement(By.id("orderStatus")).getText());
            staff.findElement(By.id("fulfil:openPayment")).click();
            WebElement amount =
                    waitIn(staff).until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:amount")));
            amount.clear();
            amount.sendKeys(text(buyer, "transfer-amount").replace("¥", ""));
            staff.findElement(By.id("fulfil:confirmPayment")).click();
            waitIn(staff).until(ExpectedConditions.textToBe(By.id("orderStatus"), "已付款"));

            buyer.navigate().refresh();
            waitIn(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("order-number")));
            assertEquals("PAID", buyer.findElement(By.id("order-status")).getAttribute("data-status"));
            assertFalse(ShopPages.shows(buyer, "bank-transfer"), "nothing left to transfer");
            assertFalse(buyer.getPageSource().contains(account), "the account is no longer shown");
            assertFalse(ShopPages.shows(buyer, "cancel:cancelOrder"), "a paid order has no cancel button");
            assertTrue(text(buyer, "paid-cancel-note").contains("退款"), text(buyer, "paid-cancel-note"));
        } finally {
            buyer.quit();
            staff.quit();
        }
    }

    @Test
    void aBuyerCancelsHerUnpaidOrderFromItsPageOnAPhoneAndItsPiecesAreBackOnSale() {
        JsonObject product = productInStock();
        String productId = product.getString("id");
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders?lang=en"),
                "application/json",
                PublicApiIT.orderBody(productId, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "cancel-page-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed);
        int held = available(productId);

        WebDriver browser = Browser.open("en", 375, 812);
        try {
            browser.get(app.uri("order.xhtml?number=" + order.getString("number") + "&token="
                            + order.getString("accessToken"))
                    .toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("order-number")));
            assertEquals(order.getString("number"), text(browser, "transfer-note"));
            assertTrue(text(browser, "bank-transfer").contains("Account holder"), text(browser, "bank-transfer"));
            assertTrue(
                    ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                    "no sideways scrolling on a phone");
            Browser.screenshot(browser, "bank-transfer-order-375-en");

            WebElement cancel = browser.findElement(By.id("cancel:cancelOrder"));
            assertEquals("Cancel order", cancel.getText());
            cancel.click();
            waitIn(browser).until(Browser.gone(cancel));
            waitIn(browser).until(ExpectedConditions.attributeToBe(By.id("order-status"), "data-status", "CANCELLED"));
            assertEquals("Cancelled", text(browser, "order-status"));
            assertFalse(ShopPages.shows(browser, "cancel:cancelOrder"));
            assertFalse(ShopPages.shows(browser, "bank-transfer"));
            assertTrue(browser.getCurrentUrl().contains("token="), "back on the same link: " + browser.getCurrentUrl());
            assertEquals(held + 1, available(productId), "the piece is back on sale");
            Browser.screenshot(browser, "order-cancelled-375-en");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aLoggedInBuyerCancelsAnUnpaidOrderFromHerOrderHistory() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("login.xhtml").toString());
            browser.findElement(By.id("login:loginName")).sendKeys("buyer-wang");
            browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));
            for (WebElement row : browser.findElements(By.cssSelector("li.account-row"))) {
                if (!row.findElements(By.cssSelector(
                                ".status-badge[data-status='DELIVERED'], .status-badge[data-status='COMPLETED']"))
                        .isEmpty()) {
                    assertTrue(
                            row.findElements(By.cssSelector("button[type='submit']"))
                                    .isEmpty(),
                            "a delivered order has no cancel button");
                }
            }
            ShopPages.openAProductInStock(browser, app);
            String productId =
                    browser.findElement(By.cssSelector("article.product")).getAttribute("data-product-id");
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            ShopPages.fillCheckout(browser, GUEST, 1);
            ShopPages.placeOrder(browser);
            assertTrue(browser.getCurrentUrl().contains("/confirmation"), browser.getCurrentUrl());
            String number = text(browser, "order-number");
            int held = available(productId);

            browser.findElement(By.id("accountLink")).click();
            waitIn(browser).until(ExpectedConditions.urlMatches(".*/account/orders(\\.xhtml)?([?#].*)?$"));
            WebElement row = browser.findElement(By.cssSelector("li.account-row[data-number='" + number + "']"));
            WebElement cancel = row.findElement(By.cssSelector("button[type='submit']"));
            assertEquals("取消订单", cancel.getText());
            cancel.click();
            waitIn(browser).until(Browser.gone(cancel));
            WebElement after = waitIn(browser)
                    .until(d -> d.findElement(By.cssSelector("li.account-row[data-number='" + number + "']")));
            assertEquals(
                    "CANCELLED",
                    after.findElement(By.cssSelector(".status-badge")).getAttribute("data-status"));
            assertTrue(
                    after.findElements(By.cssSelector("button[type='submit']")).isEmpty());
            assertEquals(held + 1, available(productId));
            Browser.screenshot(browser, "order-history-cancelled-zh");
        } finally {
            browser.quit();
        }
    }

    private int available(String productId) {
        return Http.json(Http.get(app.uri("api/v1/products/" + productId))).getInt("available");
    }

    private JsonObject productInStock() {
        return Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 2)
                .findFirst()
                .orElseThrow();
    }
}
