package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.scrollWidth;
import static cn.longyuan.market.system.ShopPages.viewportWidth;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16 in a browser, in Chinese and English, on a desktop and on a phone 375 pixels wide: the search page's
 * township facet named in the page's language still filters; a craft page names its pieces in it; a product page
 * names its makers in it and shows where the money of one piece goes (the maker's, the cooperative's and the broker's
 * share in yuan and percent, as the API answers it). Screenshots {@code names-*}.
 */
class NamesAndMoneySplitBrowserIT {

    private static final int PHONE = 375;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final RunningApp app = RunningApp.get();

    @Test
    void englishOnADesktop() {
        walk("en", 1280, "en");
    }

    @Test
    void englishOnAPhone() {
        walk("en", PHONE, "en-phone");
    }

    @Test
    void chineseOnADesktop() {
        walk("zh-CN", 1280, "zh");
    }

    @Test
    void chineseOnAPhone() {
        walk("zh-CN", PHONE, "zh-phone");
    }

    private void walk(String language, int width, String shot) {
        boolean english = language.equals("en");
        JsonObject product = productMadeBySisterLi(english);
        WebDriver browser = Browser.open(language, width, 900);
        try {
            // the search page: the township facet in the page's language, and it filters
            browser.get(app.uri("search").toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("facet-township")));
            String township = english ? "Shuangwan Town" : "双湾镇";
            WebElement facet = browser.findElements(By.cssSelector("#facet-township a.facet")).stream()
                    .filter(a -> a.getText().startsWith(township))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no facet " + township + " in "
                            + browser.findElement(By.id("facet-township")).getText()));
            long count = Long.parseLong(
                    facet.findElement(By.cssSelector(".count")).getText().replaceAll("\\D", ""));
            facet.click();
            waitIn(browser).until(ExpectedConditions.urlContains("township="));
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#facet-township a.facet.selected")));
            assertTrue(browser.findElement(By.cssSelector("#facet-township a.facet.selected"))
                    .getText()
                    .startsWith(township));
            List<WebElement> cards = browser.findElements(By.cssSelector(".search-layout li.product-card"));
            assertEquals(Math.min(count, 12), cards.size(), "as many as the facet counted (a page of 12)");
            String cooperative = english ? "Shuangwan Clever Sisters Handicraft Cooperative" : "金川区双湾镇巧姐妹手工艺专业合作社";
            cards.forEach(c -> assertEquals(
                    cooperative,
                    c.findElement(By.cssSelector(".card-cooperative")).getText()));
            cards.forEach(c -> assertNamedAsTheApiNamesIt(c, language));
            fits(browser, width, "search");
            Browser.screenshot(browser, "names-1-search-township-" + shot);

            // a craft's page: its pieces and facets in the page's language
            browser.get(app.uri("crafts/sachet").toString());
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".search-layout li.product-card")));
            browser.findElements(By.cssSelector(".search-layout li.product-card"))
                    .forEach(c -> assertNamedAsTheApiNamesIt(c, language));
            String townships = browser.findElement(By.id("facet-township")).getText();
            assertTrue(townships.contains(english ? "Ningyuanpu Town" : "宁远堡镇"), townships);
            assertEquals(!english, townships.contains("宁远堡镇"), townships);
            String cooperatives =
                    browser.findElement(By.id("facet-cooperative")).getText();
            assertTrue(
                    cooperatives.contains(
                            english
                                    ? "Ningyuanpu Skilled Hands Women's Handicraft Cooperative"
                                    : "金川区宁远堡镇巧手妇女手工艺专业合作社"),
                    cooperatives);
            fits(browser, width, "craft");
            Browser.screenshot(browser, "names-2-craft-" + shot);

            // the product page: names, makers and where the money goes
            browser.get(app.uri("products/" + product.getString("id")).toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("money-split")));
            assertEquals(
                    product.getString("name"),
                    browser.findElement(By.id("product-name")).getText());
            assertEquals(
                    product.getString("craftName"),
                    browser.findElement(By.id("product-craft")).getText());
            assertEquals(
                    product.getJsonObject("cooperative").getString("name"),
                    browser.findElement(By.id("product-cooperative")).getText());
            List<String> makers = browser.findElements(By.cssSelector(".makers .maker-name")).stream()
                    .map(e -> e.getText().strip())
                    .toList();
            assertTrue(makers.contains(english ? "Sister Li" : "巧手李姐"), makers.toString());
            if (english) {
                assertFalse(makers.contains("巧手李姐"), makers.toString());
                // her trainings: course, craft and level in English
                WebElement sisterLi = browser.findElements(By.cssSelector(".makers article.maker")).stream()
                        .filter(m -> m.findElement(By.cssSelector(".maker-name"))
                                .getText()
                                .strip()
                                .equals("Sister Li"))
                        .findFirst()
                        .orElseThrow();
                List<WebElement> trainings = sisterLi.findElements(By.cssSelector(".training"));
                assertFalse(trainings.isEmpty(), "her trainings");
                trainings.forEach(t -> assertNoChinese(t.getText()));
            }
            JsonObject split = product.getJsonObject("split");
            WebElement block = browser.findElement(By.id("money-split"));
            assertTrue(block.isDisplayed());
            assertTrue(
                    block.findElement(By.id("money-split-heading"))
                            .getText()
                            .equals(english ? "Where the money goes" : "钱去了哪里"),
                    block.getText());
            for (String who : List.of("maker", "cooperative", "broker")) {
                WebElement share = block.findElement(By.id("split-" + who));
                assertEquals(
                        "¥" + split.getString(who),
                        share.findElement(By.cssSelector(".split-amount")).getText());
                assertEquals(
                        new java.math.BigDecimal(split.getString(who + "Percent"))
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + "%",
                        share.findElement(By.cssSelector(".split-percent")).getText());
                assertFalse(share.findElement(By.cssSelector(".split-who"))
                        .getText()
                        .isBlank());
                if (english) {
                    assertNoChinese(share.getText());
                }
            }
            assertFalse(browser.getPageSource().contains("李秀兰"), "never her real name");
            fits(browser, width, "product");
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'start'})", block);
            Browser.screenshot(browser, "names-3-product-split-" + shot);
        } finally {
            browser.quit();
        }
    }

    /** The product made by the demo's 巧手李姐 (Sister Li), as the API answers it in the page's language. */
    private JsonObject productMadeBySisterLi(boolean english) {
        for (JsonObject item : Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            JsonObject detail = Http.json(Http.get(app.uri("api/v1/products/" + item.getString("id"))));
            if (detail.getJsonArray("makers").getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getString("displayName").equals("巧手李姐"))) {
                return english
                        ? Http.json(Http.get(app.uri("api/v1/products/" + item.getString("id") + "?lang=en")))
                        : detail;
            }
        }
        throw new AssertionError("no product made by 巧手李姐 in the demo data");
    }

    /** A result card names the piece and its cooperative as the API does in the page's language. */
    private void assertNamedAsTheApiNamesIt(WebElement card, String language) {
        String id = card.getAttribute("data-product-id");
        JsonObject product = Http.json(
                Http.get(app.uri("api/v1/products/" + id + (language.equals("en") ? "?lang=en" : "?lang=zh"))));
        assertEquals(
                product.getString("name"),
                card.findElement(By.cssSelector(".card-name")).getText());
        assertEquals(
                product.getJsonObject("cooperative").getString("name"),
                card.findElement(By.cssSelector(".card-cooperative")).getText());
    }

    private static void assertNoChinese(String text) {
        assertFalse(HAN.matcher(text).find(), "in English: " + text);
    }

    private static void fits(WebDriver browser, int width, String page) {
        if (width == PHONE) {
            assertEquals(PHONE, viewportWidth(browser));
            long scroll = scrollWidth(browser);
            assertTrue(scroll <= PHONE, page + " scrolls sideways on a phone: " + scroll + " px");
        }
    }
}
