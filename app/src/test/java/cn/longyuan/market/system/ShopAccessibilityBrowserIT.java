package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core over a buyer's main pages (issue 16): home, search with results and facets, a search that finds nothing
 * and offers what she meant, a craft's page, a product, the cart with a line, the checkout (empty and refused, then
 * filled), the confirmation, the order's tracking page, login, register, her account's pages, the policies and the
 * "not found" page — in Chinese and English, on a desktop and a 375-px phone. Every page must show no serious or
 * critical violation; the listing pages must also have had their stock labels checked for contrast, and passed.
 * <p>
 * All the pages are visited before the test fails, so one run names every violation of the journey.
 */
class ShopAccessibilityBrowserIT {

    private final RunningApp app = RunningApp.get();

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh-CN, 1280", "en, 1280", "zh-CN, 375", "en, 375"})
    void aBuyersPagesHaveNoSeriousAccessibilityViolations(String language, int width) {
        String tag = language.substring(0, 2) + "-" + width;
        WebDriver browser = Browser.open(language, width, 900);
        Findings findings = new Findings(browser, tag);
        try {
            browser.get(app.baseUri().toString());
            findings.listing("home");

            browser.get(app.uri("search?q=%E9%A6%99%E5%8C%85").toString());
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facet-cooperative a.facet")));
            findings.listing("search with results and facets");

            browser.get(app.uri("search?q=xachet").toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
            assertTrue(browser.findElements(By.cssSelector("li.product-card")).isEmpty(), "nothing found");
            findings.page("search without results, did you mean");

            browser.get(app.baseUri().toString());
            String craft =
                    browser.findElement(By.cssSelector("nav.craft-links a")).getAttribute("href");
            browser.get(craft);
            findings.listing("craft page");

            browser.get(app.uri("login").toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login:loginName")));
            findings.page("login");

            browser.get(app.uri("register").toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("register:login")));
            WebElement register = browser.findElement(By.id("register:submit"));
            register.click();
            waitIn(browser).until(Browser.gone(register));
            waitIn(browser)
                    .until(d -> !d.findElements(
                                    By.cssSelector("#register .ui-message-error, #register .ui-messages-error"))
                            .isEmpty());
            findings.page("register, refused");
            String login = "axe-" + tag + "-" + System.nanoTime() + "@example.cn";
            browser.findElement(By.id("register:login")).sendKeys(login);
            browser.findElement(By.id("register:displayName")).sendKeys("无障碍 " + tag);
            browser.findElement(By.id("register:password")).sendKeys("gansu-crafts-2026");
            browser.findElement(By.id("register:passwordAgain")).sendKeys("gansu-crafts-2026");
            browser.findElement(By.id("register:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders"));
            findings.page("account orders, none yet");

            ShopPages.openAProductInStock(browser, app);
            findings.page("product");

            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            assertFalse(browser.findElements(By.cssSelector("li.cart-line")).isEmpty(), "a line in the cart");
            findings.page("cart with a line");

            ShopPages.goToCheckout(browser);
            findings.page("checkout");
            ShopPages.placeOrder(browser);
            assertFalse(browser.getCurrentUrl().contains("/confirmation"), "an empty checkout is refused");
            findings.page("checkout, refused");

            ShopPages.fillCheckout(browser, ShopPages.GUEST, 1);
            ShopPages.placeOrder(browser);
            assertTrue(browser.getCurrentUrl().contains("/confirmation"), "placed: " + browser.getCurrentUrl());
            findings.page("confirmation");

            browser.findElement(By.id("follow")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("order-status")));
            findings.page("order tracking");

            browser.get(app.uri("account/orders").toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.account-row")));
            findings.page("account orders");

            browser.get(app.uri("account/addresses").toString());
            findings.page("account addresses");
            browser.findElement(By.id("address:add")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("address:save")));
            findings.page("account addresses, the form");

            browser.get(app.uri("account/favourites").toString());
            findings.page("account favourites");

            browser.get(app.uri("account/security").toString());
            findings.page("account security");

            browser.get(app.uri("policies").toString());
            findings.page("policies");

            browser.get(app.uri("no-such-page").toString());
            findings.page("not found");
        } finally {
            browser.quit();
        }
        findings.assertNone();
    }

    /** What axe found on each page, kept until the journey ends; screenshots of every page checked. */
    private static final class Findings {

        private static final String STOCK_LABEL = "li.product-card .stock";
        /** The orange "only a few left" label, whose contrast issue 16 asked axe to confirm. */
        private static final String FEW_LEFT = "li.product-card .stock.few-left";

        private final WebDriver browser;
        private final String tag;
        private final List<String> failures = new ArrayList<>();
        private final Map<String, Integer> counts = new TreeMap<>();
        private long orangeLabelsPassed;

        Findings(WebDriver browser, String tag) {
            this.browser = browser;
            this.tag = tag;
        }

        Accessibility.Audit page(String name) {
            Accessibility.Audit audit = Accessibility.audit(browser, List.of(STOCK_LABEL, FEW_LEFT));
            Browser.screenshot(browser, "a11y-" + tag + "-" + name.replaceAll("[^a-z]+", "-"));
            for (Accessibility.Violation v : audit.violations()) {
                counts.merge(v.impact() + " " + v.rule() + " on " + name + " at " + v.target(), 1, Integer::sum);
            }
            List<Accessibility.Violation> serious = audit.serious();
            if (!serious.isEmpty()) {
                StringBuilder text = new StringBuilder(
                        name + " (" + browser.getCurrentUrl() + "), axe " + audit.engineVersion() + ":");
                serious.forEach(v -> text.append("\n    ").append(v.toString().replace("\n", "\n  ")));
                failures.add(text.toString());
            }
            return audit;
        }

        /** A page of product cards: besides no violation, every stock label on it passed axe's contrast rule. */
        void listing(String name) {
            long labels = browser.findElements(By.cssSelector(STOCK_LABEL)).size();
            assertTrue(labels > 0, name + " shows product cards with their stock");
            Accessibility.Audit audit = page(name);
            long passed = audit.passed("color-contrast", STOCK_LABEL);
            if (passed != labels) {
                failures.add(name + ": " + labels + " stock labels, " + passed
                        + " passed axe's color-contrast rule (the others broke it or axe could not tell)");
            }
            orangeLabelsPassed += audit.passed("color-contrast", FEW_LEFT);
        }

        void assertNone() {
            System.out.println("axe findings, " + tag + ": " + counts);
            if (orangeLabelsPassed == 0) {
                failures.add("no orange \"few left\" stock label was checked for contrast on the listing pages");
            }
            if (!failures.isEmpty()) {
                throw new AssertionError("serious or critical accessibility violations (" + tag + "):\n  "
                        + String.join("\n  ", failures));
            }
        }
    }
}
