package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages work in Chromium under the Content-Security-Policy they are sent with (no 'unsafe-inline' or
 * 'unsafe-eval' for scripts): the main pages of the shop and of the back office show no violation in the console,
 * and PrimeFaces runs (its widgets' scripts carry the page's nonce). Every other browser test checks the same on its
 * own pages when it quits its browser ({@link Browser}); this one also shows that the check sees a violation.
 */
class ContentSecurityPolicyBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void theCheckSeesAnInlineScriptTheBrowserRefuses() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.baseUri().toString());
            Object ran = ((JavascriptExecutor) browser)
                    .executeScript(
                            "var s = document.createElement('script');"
                                    + " s.textContent = 'window.injected = 1;'; document.head.appendChild(s); return window.injected;");

            assertNull(ran, "an inline script without the page's nonce does not run");
            waitIn(browser).until(d -> !Browser.policyViolations(d).isEmpty());
            assertTrue(
                    Browser.policyViolations(browser).get(0).contains("inline script"),
                    Browser.policyViolations(browser).toString());
        } finally {
            AssertionError refused = assertThrows(AssertionError.class, browser::quit);
            assertTrue(refused.getMessage().contains("Content Security Policy"), refused.getMessage());
        }
    }

    @Test
    void theShopsPagesRunUnderTheirPolicy() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            for (String page : List.of(
                    "",
                    "search?q=%E9%A6%99%E5%8C%85",
                    "crafts/sachet",
                    "cooperatives/1",
                    "artisans/2",
                    "impact",
                    "trace.xhtml",
                    "login.xhtml",
                    "register.xhtml",
                    "cart.xhtml",
                    "no-such-page.xhtml")) {
                browser.get(app.uri(page).toString());
                assertEquals(List.of(), Browser.policyViolations(browser), "/" + page);
            }

            String name = ShopPages.openAProductInStock(browser, app);
            assertPrimeFacesRuns(browser, "the product page of " + name);
            browser.findElement(By.id("buy:add")).click();
            waitIn(browser).until(ExpectedConditions.textToBe(By.id("cartCount"), "1"));
            browser.findElement(By.id("cartLink")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("cart")));
            assertPrimeFacesRuns(browser, "the cart");
            assertEquals(List.of(), Browser.policyViolations(browser), "the product page and the cart");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theBackOfficesPagesRunUnderTheirPolicy() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("admin/login.xhtml").toString());
            assertPrimeFacesRuns(browser, "the back office's login page");
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            for (String page : List.of(
                    "index.xhtml",
                    "stock.xhtml",
                    "orders.xhtml",
                    "parts.xhtml",
                    "listings.xhtml",
                    "listing.xhtml",
                    "income.xhtml",
                    "artisans.xhtml",
                    "courses.xhtml",
                    "batches.xhtml",
                    "stock-tasks.xhtml",
                    "dispatch.xhtml")) {
                browser.get(app.uri("admin/" + page).toString());
                assertPrimeFacesRuns(browser, "/admin/" + page);
            }
            browser.get(app.uri("admin/no-such-page.xhtml").toString());
            assertEquals(List.of(), Browser.policyViolations(browser), "the back office's 404 page");

            // a dialog opened by an inline onclick / oncomplete, which PrimeFaces moved into a nonce'd script
            browser.get(app.uri("admin/courses.xhtml").toString());
            browser.findElement(By.id("courses:new")).click();
            waitIn(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("creatorDialog")));
            Browser.screenshot(browser, "csp-admin-dialog-zh");
            assertEquals(List.of(), Browser.policyViolations(browser), "the course dialog");
        } finally {
            browser.quit();
        }

        WebDriver federation = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(federation, app, "federation");
            for (String page : List.of(
                    "report.xhtml",
                    "cooperatives.xhtml",
                    "payments.xhtml",
                    "quotes.xhtml",
                    "desk.xhtml",
                    "commissions.xhtml")) {
                federation.get(app.uri("admin/" + page).toString());
                assertPrimeFacesRuns(federation, "/admin/" + page);
            }
        } finally {
            federation.quit();
        }
    }

    /** PrimeFaces started with the page's nonce, and nothing was refused. */
    private static void assertPrimeFacesRuns(WebDriver browser, String where) {
        Object nonce = ((JavascriptExecutor) browser)
                .executeScript("return window.PrimeFaces && PrimeFaces.csp ? PrimeFaces.csp.NONCE_VALUE : null;");
        assertTrue(nonce instanceof String s && !s.isEmpty(), "PrimeFaces runs with the page's nonce on " + where);
        assertEquals(List.of(), Browser.policyViolations(browser), where);
    }
}
