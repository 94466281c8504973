package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Getting around the shop: the language switch, search and craft filter, unknown products and trace codes. */
class ShopNavigationBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void theEnglishSwitchIsRememberedByItsCookieAfterTheSessionEnds() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("product.xhtml?id=1").toString());
            String chineseName = browser.findElement(By.tagName("h1")).getText();
            browser.findElement(By.id("language:en")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("language:zh")));

            assertTrue(
                    browser.getCurrentUrl().endsWith("product.xhtml?id=1"),
                    "the same page: " + browser.getCurrentUrl());
            assertFalse(
                    chineseName.equals(browser.findElement(By.tagName("h1")).getText()), "the name is in English now");
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
            Cookie lang = browser.manage().getCookieNamed("lang");
            assertNotNull(lang, "the choice is kept in a cookie");
            assertEquals("en", lang.getValue());

            browser.manage().deleteCookieNamed("SHOPSESSION");
            browser.get(app.uri("cart.xhtml").toString());
            assertEquals("Your cart", browser.findElement(By.tagName("h1")).getText());

            browser.findElement(By.id("language:zh")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("language:en")));
            assertEquals("购物车", browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSwitchKeepsAnExtensionlessTraceAddress() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("trace/NOSUCHCODE").toString());
            assertTrue(browser.findElement(By.id("trace-not-found")).getText().contains("没有这个溯源码"));
            browser.findElement(By.id("language:en")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("language:zh")));
            assertTrue(browser.getCurrentUrl().endsWith("/trace/NOSUCHCODE"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("trace-not-found"))
                    .getText()
                    .contains("There is no such trace code: NOSUCHCODE"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theGridIsSearchedByWordsAndFilteredByCraftAndPaged() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.baseUri().toString());
            assertEquals(
                    12, browser.findElements(By.cssSelector("li.product-card")).size(), "a page of twelve");
            browser.findElement(By.id("next")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("page=1"));
            assertFalse(browser.findElements(By.cssSelector("li.product-card")).isEmpty());

            browser.get(app.baseUri().toString());
            browser.findElement(By.id("search:q")).sendKeys("香包");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search:craft")))
                    .selectByValue("sachet");
            browser.findElement(By.id("search:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("craft=sachet"));
            var cards = browser.findElements(By.cssSelector("li.product-card"));
            assertFalse(cards.isEmpty());
            // name hits first; pieces other tests list may name 香包 in their descriptions only, and come after them.
            // The craft's other name counts as a name hit: another test lists a "测试香囊…", which the synonyms find
            List<Boolean> named = cards.stream()
                    .map(c -> c.findElement(By.cssSelector(".card-name")).getText())
                    .map(name -> name.contains("香包") || name.contains("香囊"))
                    .toList();
            assertTrue(named.get(0), cards.get(0).getText());
            assertTrue(
                    named.indexOf(false) < 0
                            || !named.subList(named.indexOf(false), named.size())
                                    .contains(true),
                    named.toString());
            assertEquals(
                    "香包", browser.findElement(By.id("search:q")).getAttribute("value"), "the search stays in the form");

            browser.findElement(By.id("search:q")).clear();
            browser.findElement(By.id("search:q")).sendKeys("no-such-thing-anywhere");
            browser.findElement(By.id("search:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("no-such-thing"));
            assertTrue(browser.findElements(By.cssSelector("li.product-card")).isEmpty());
            assertTrue(browser.findElement(By.cssSelector(".empty")).isDisplayed());
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnknownProductIsTheFriendlyNotFoundPage() {
        for (String id : new String[] {"999999", "abc", ""}) {
            HttpResponse<String> response = Http.get(app.uri("product.xhtml?id=" + id), "Accept-Language", "en");
            assertEquals(404, response.statusCode(), id);
            assertTrue(response.body().contains("Page not found"), response.body());
            assertFalse(response.body().contains("Exception:"), response.body());
        }
    }

    @Test
    void anUnknownTraceCodeSaysSoUnderBothAddresses() {
        for (String path : new String[] {"trace/ABCDEFGHJK", "trace.xhtml?code=ABCDEFGHJK", "trace/%E4%B8%8D"}) {
            HttpResponse<String> response = Http.get(app.uri(path), "Accept-Language", "en");
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("There is no such trace code"), path + ": " + response.body());
        }
        HttpResponse<String> form = Http.get(app.uri("trace.xhtml"), "Accept-Language", "zh-CN");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("溯源码"));

        // the extension-less page addresses leave the API and the images alone
        assertEquals(
                "application/json",
                Http.get(app.uri("api/v1/products?size=1"))
                        .headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]);
        assertEquals(404, Http.get(app.uri("api/v1/trace/ABCDEFGHJK")).statusCode());
        assertEquals(
                "image/svg+xml",
                Http.get(app.uri("images/products/1.svg"))
                        .headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]);
    }

    @Test
    void aTraceCodeTypedInTheFormIsLookedUp() {
        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.uri("trace.xhtml").toString());
            browser.findElement(By.id("lookup:code")).sendKeys("abcd-efgh-jk");
            browser.findElement(By.id("lookup:submit")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("trace-not-found")));
            assertTrue(browser.findElement(By.id("trace-not-found")).getText().contains("abcd-efgh-jk"));
            Browser.screenshot(browser, "shop-trace-not-found-en");
        } finally {
            browser.quit();
        }
    }
}
