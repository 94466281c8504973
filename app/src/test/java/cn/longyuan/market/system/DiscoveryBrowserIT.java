package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.scrollWidth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium on a phone 375 pixels wide: a lost visitor's 404 page offers the other language and a search that
 * works, and a product page with its structured data runs under the shop's Content-Security-Policy without a single
 * refusal in the console ({@link Browser} fails the test on {@code quit()} otherwise).
 */
class DiscoveryBrowserIT {

    private static final int PHONE = 375;

    private final RunningApp app = RunningApp.get();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void theNotFoundPageHasTheLanguageSwitchAndASearchBox(String language) {
        WebDriver browser = Browser.open(language, PHONE, 800);
        try {
            browser.get(app.uri("no-such-page").toString());
            String other = language.equals("en") ? "zh" : "en";
            WebElement switchLink = ShopPages.waitIn(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("language:" + other)));
            WebElement search = browser.findElement(By.id("notFoundSearch:q"));
            assertTrue(search.isDisplayed());
            assertTrue(scrollWidth(browser) <= PHONE, "fits the phone: " + scrollWidth(browser));
            Browser.screenshot(browser, "not-found-phone-" + language);

            String heading = browser.findElement(By.tagName("h1")).getText();
            switchLink.click();
            ShopPages.waitIn(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", other));
            assertTrue(browser.getCurrentUrl().endsWith("/no-such-page"), browser.getCurrentUrl());
            assertNotEquals(heading, browser.findElement(By.tagName("h1")).getText(), "the page in the other language");
            assertEquals(
                    1,
                    browser.findElements(By.id("language:" + (other.equals("en") ? "zh" : "en")))
                            .size(),
                    "and the way back");

            search = browser.findElement(By.id("notFoundSearch:q"));
            search.sendKeys("sachet");
            browser.findElement(By.id("notFoundSearch:submit")).click();
            ShopPages.waitIn(browser).until(ExpectedConditions.urlContains("/search?q=sachet"));
            assertTrue(browser.findElements(By.cssSelector("li.product-card")).size() > 0, "the search found pieces");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aProductPageWithItsStructuredDataHasNoPolicyRefusals() {
        for (String language : List.of("zh-CN", "en")) {
            WebDriver browser = Browser.open(language, PHONE, 800);
            try {
                ShopPages.openAProductInStock(browser, app);
                String json = (String) ((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('product-data').textContent;");
                JsonObject product = Json.createReader(new StringReader(json)).readObject();
                assertEquals("Product", product.getString("@type"));
                assertEquals(
                        "https://schema.org/InStock",
                        product.getJsonObject("offers").getString("availability"));
                assertEquals(browser.findElement(By.id("product-name")).getText(), product.getString("name"));
                assertEquals(List.of(), Browser.policyViolations(browser), "the console under the CSP");
            } finally {
                browser.quit();
            }
        }
    }
}
