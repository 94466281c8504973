package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the back office's pages look like in Chinese at a desk (1280 px) and on a phone (375 px) (issue 17): the income
 * page's navigation starts right under the header like every page's, and the desk's parts column shows each
 * cooperative's name whole, wrapped rather than cut.
 */
class BackOfficeLayoutBrowserIT {

    private static final List<int[]> WINDOWS = List.of(new int[] {1280, 900}, new int[] {375, 800});

    private final RunningApp app = RunningApp.get();

    @Test
    void theIncomePagesNavigationStartsUnderTheHeader() {
        for (String user : List.of("coop-ningyuan", "federation")) {
            for (int[] window : WINDOWS) {
                WebDriver browser = Browser.open("zh-CN", window[0], window[1]);
                try {
                    BackOfficePages.logIn(browser, app, user);
                    browser.get(app.uri("admin/income.xhtml").toString());
                    ShopPages.waitIn(browser)
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("ledger:ledgerEntries")));
                    String suffix = "-" + user + "-zh" + (window[0] < 500 ? "-" + window[0] : "");
                    Browser.screenshot(browser, "income-layout" + suffix);
                    assertNavigationUnderTheHeader(browser, window[0], "income-layout" + suffix);
                    // the ledger filtered, read down to its last rows: the navigation stays where it was drawn
                    WebElement ledger = browser.findElement(By.id("ledger:ledgerEntries"));
                    browser.findElement(By.id("ledger:apply")).click();
                    ShopPages.waitIn(browser).until(Browser.gone(ledger));
                    ShopPages.waitIn(browser)
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("ledger:ledgerEntries")));
                    ((JavascriptExecutor) browser)
                            .executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
                    Browser.screenshot(browser, "income-layout-scrolled" + suffix);
                    assertNavigationUnderTheHeader(browser, window[0], "income-layout-scrolled" + suffix);
                    // one woman's income: her figures, entries and payouts above the same lists
                    browser.findElement(By.cssSelector("[id='artisans:table'] tbody a"))
                            .click();
                    ShopPages.waitIn(browser)
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("artisanIncome")));
                    Browser.screenshot(browser, "income-artisan-layout" + suffix);
                    assertNavigationUnderTheHeader(browser, window[0], "income-artisan-layout" + suffix);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void assertNavigationUnderTheHeader(WebDriver browser, int width, String shot) {
        Map<String, Number> at = box(browser, "header.admin-header", "nav.admin-nav", "main.admin-main");
        String where = shot + ": " + at;
        assertTrue(
                Math.abs(at.get("nav.admin-nav.top").doubleValue()
                                - at.get("header.admin-header.bottom").doubleValue())
                        <= 1,
                "the navigation starts under the header: " + where);
        if (width >= 1000) {
            assertTrue(
                    at.get("main.admin-main.left").doubleValue()
                            >= at.get("nav.admin-nav.right").doubleValue() - 1,
                    "a sidebar left of the page: " + where);
            assertTrue(
                    Math.abs(at.get("main.admin-main.top").doubleValue()
                                    - at.get("nav.admin-nav.top").doubleValue())
                            <= 1,
                    "the page starts beside the navigation: " + where);
        } else {
            assertTrue(
                    at.get("main.admin-main.top").doubleValue()
                            >= at.get("nav.admin-nav.bottom").doubleValue() - 1,
                    "on a phone the page comes under the navigation: " + where);
        }
        assertTrue(
                ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling: " + where);
    }

    @Test
    void theDesksPartsColumnShowsEveryCooperativesNameWhole() {
        try (ListedOrders orders = new ListedOrders(app)) {
            // an order of two cooperatives: two long names in one cell
            String number = orders.place(orders.ningyuanProduct, orders.shuangwanProduct);
            for (int[] window : WINDOWS) {
                WebDriver browser = Browser.open("zh-CN", window[0], window[1]);
                try {
                    BackOfficePages.logIn(browser, app, "federation");
                    browser.get(app.uri("admin/desk.xhtml").toString());
                    WebElement table = ShopPages.waitIn(browser)
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("deskList:openOrders")));
                    browser.findElement(By.id("deskList:q")).sendKeys(number);
                    browser.findElement(By.id("deskList:apply")).click();
                    ShopPages.waitIn(browser).until(Browser.gone(table));
                    ShopPages.waitIn(browser)
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("deskList:openOrders")));
                    String shot = "desk-parts-zh" + (window[0] < 500 ? "-" + window[0] : "");
                    Browser.screenshot(browser, shot);
                    List<WebElement> names = browser.findElements(By.cssSelector("[id='deskList:openOrders'] .place"));
                    assertFalse(names.isEmpty(), "the order's parts are listed: " + shot);
                    assertTrue(names.size() >= 2, "both cooperatives: " + names.size());
                    for (WebElement name : names) {
                        assertFalse(name.getText().isBlank());
                        String clipped = (String) ((JavascriptExecutor) browser).executeScript("""
                                        const name = arguments[0], cell = name.closest('td');
                                        const n = name.getBoundingClientRect(), c = cell.getBoundingClientRect();
                                        if (n.right > c.right + 1 || n.left < c.left - 1) {
                                          return 'beyond its cell: ' + n.left + '..' + n.right + ' in ' + c.left + '..' + c.right;
                                        }
                                        if (cell.scrollWidth > cell.clientWidth + 1) {
                                          return 'the cell scrolls: ' + cell.scrollWidth + ' > ' + cell.clientWidth;
                                        }
                                        return '';
                                        """, name);
                        assertTrue(clipped.isEmpty(), shot + ": " + name.getText() + " " + clipped);
                    }
                    assertTrue(
                            ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                            "no sideways scrolling: " + shot);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    /** Top, bottom, left and right of the first element of each selector, in page pixels. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(WebDriver browser, String... selectors) {
        return (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                        const out = {};
                        for (const s of arguments) {
                          const r = document.querySelector(s).getBoundingClientRect();
                          out[s + '.top'] = r.top + window.scrollY;
                          out[s + '.bottom'] = r.bottom + window.scrollY;
                          out[s + '.left'] = r.left;
                          out[s + '.right'] = r.right;
                        }
                        return out;
                        """, (Object[]) selectors);
    }
}
