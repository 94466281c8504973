package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The orders page on a phone (375 px, Chinese): a manager searches her orders by the buyer's name, pages through
 * them ten at a time (every order once, none of another cooperative's), and filters them by status; nothing scrolls
 * sideways.
 */
class OrdersListBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final int ORDERS = 12;
    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerPagesThroughHerOrdersAndFiltersThemByStatusOnAPhone() {
        try (ListedOrders orders = new ListedOrders(app)) {
            Set<String> hers = new HashSet<>();
            for (int i = 0; i < ORDERS; i++) {
                hers.add(orders.place(orders.ningyuanProduct));
            }
            String theirs = orders.place(orders.shuangwanProduct);
            List<String> placed = List.copyOf(orders.numbers);
            orders.cancel(placed.get(0));
            orders.cancel(placed.get(1));

            WebDriver browser = Browser.open("zh-CN", 375, 812);
            try {
                BackOfficePages.logIn(browser, app, "coop-ningyuan");
                browser.get(app.uri("admin/orders.xhtml").toString());
                wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("orderList:orders")));
                assertEquals(
                        "订单",
                        browser.findElement(By.cssSelector("h1.list-title")).getText());

                WebElement search = browser.findElement(By.id("orderList:q"));
                search.sendKeys(orders.buyer);
                apply(browser);
                assertTrue(pageReport(browser).endsWith("/ " + ORDERS), pageReport(browser));
                Browser.screenshot(browser, "orders-search-375-zh");

                new Select(browser.findElement(
                                By.cssSelector("[id='orderList:orders'] select.ui-paginator-rpp-options")))
                        .selectByValue("10");
                wait(browser).until(d -> numbers(d).size() == 10);
                List<String> seen = new ArrayList<>(numbers(browser));
                assertEquals("1–10 / " + ORDERS, pageReport(browser));
                browser.findElement(By.cssSelector("[id='orderList:orders'] .ui-paginator-next"))
                        .click();
                wait(browser).until(d -> numbers(d).size() == ORDERS - 10);
                seen.addAll(numbers(browser));
                assertEquals("11–" + ORDERS + " / " + ORDERS, pageReport(browser));
                assertEquals(
                        hers, Set.copyOf(seen), "every order of hers once, none of another cooperative's: " + seen);
                assertEquals(ORDERS, seen.size());
                assertFalse(seen.contains(theirs));
                Browser.screenshot(browser, "orders-page-2-375-zh");
                assertTrue(
                        ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                        "no sideways scrolling on a phone");

                ((JavascriptExecutor) browser)
                        .executeScript(
                                "document.getElementById('orderList:status_input').value = arguments[0];", "CANCELLED");
                apply(browser);
                wait(browser).until(d -> numbers(d).size() == 2);
                assertEquals(Set.of(placed.get(0), placed.get(1)), Set.copyOf(numbers(browser)));
                assertEquals(List.of("已取消", "已取消"), statuses(browser));
                Browser.screenshot(browser, "orders-cancelled-375-zh");
                assertTrue(
                        ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                        "no sideways scrolling on a phone");
            } finally {
                browser.quit();
            }
        }
    }

    /** Presses the filter button and waits for the table to be drawn again. */
    private static void apply(WebDriver browser) {
        WebElement table = browser.findElement(By.id("orderList:orders"));
        browser.findElement(By.id("orderList:apply")).click();
        wait(browser).until(Browser.gone(table));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("orderList:orders")));
    }

    private static String pageReport(WebDriver browser) {
        return browser.findElement(By.cssSelector("[id='orderList:orders'] .ui-paginator-current"))
                .getText()
                .strip();
    }

    private static List<String> numbers(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='orderList:orders_data'] tr td a")).stream()
                .map(a -> a.getText().strip())
                .toList();
    }

    private static List<String> statuses(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='orderList:orders_data'] .order-status")).stream()
                .map(s -> s.getText().strip())
                .toList();
    }

    /** Waits through the table being drawn again (a row read as it is replaced is stale). */
    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
