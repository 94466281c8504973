package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.scrollWidth;
import static cn.longyuan.market.system.ShopPages.viewportWidth;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A buyer finds a piece and the hands behind it, in a browser: searches 香包 from the home page, narrows the results
 * by a facet, opens a product, its maker's profile, and the trace page of one of its batches with the QR code — in
 * Chinese and in English, on a desktop and on a phone 375 pixels wide. Screenshots of every step are kept.
 */
class SearchJourneyBrowserIT {

    private static final int PHONE = 375;

    private final RunningApp app = RunningApp.get();

    @Test
    void chineseOnADesktop() {
        journey("zh-CN", 1280, "zh");
    }

    @Test
    void englishOnADesktop() {
        journey("en", 1280, "en");
    }

    @Test
    void chineseOnAPhone() {
        journey("zh-CN", PHONE, "zh-phone");
    }

    @Test
    void englishOnAPhone() {
        journey("en", PHONE, "en-phone");
    }

    @Test
    void aMistypedSearchOffersWhatTheBuyerMeantInChinese() {
        didYouMean("zh-CN", "香苞", "香包", "您是不是要找", "zh");
    }

    @Test
    void aMistypedSearchOffersWhatTheBuyerMeantInEnglish() {
        didYouMean("en", "xachet", "sachet", "Did you mean", "en");
    }

    /** Types a word that finds nothing; the suggestion is a link that searches for it and finds pieces. */
    private void didYouMean(String language, String typed, String meant, String question, String shot) {
        WebDriver browser = Browser.open(language, 1280, 900);
        try {
            browser.get(app.baseUri().toString());
            browser.findElement(By.id("search:q")).sendKeys(typed);
            browser.findElement(By.id("search:submit")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
            assertTrue(browser.findElements(By.cssSelector("li.product-card")).isEmpty(), "nothing found");
            WebElement suggestions = browser.findElement(By.id("suggestions"));
            assertTrue(suggestions.isDisplayed());
            assertTrue(suggestions.getText().contains(question), suggestions.getText());
            WebElement link = suggestions.findElements(By.cssSelector("a.suggestion")).stream()
                    .filter(a -> a.getText().strip().equals(meant))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no suggestion " + meant + " in " + suggestions.getText()));
            Browser.screenshot(browser, "search-did-you-mean-" + shot);

            link.click();
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".search-layout li.product-card")));
            assertEquals(meant, browser.findElement(By.id("search:q")).getAttribute("value"));
            assertTrue(browser.findElements(By.id("suggestions")).isEmpty(), "found: nothing to suggest");
            assertFalse(browser.findElements(By.cssSelector("li.product-card")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    private void journey(String language, int width, String shot) {
        WebDriver browser = Browser.open(language, width, 900);
        try {
            browser.get(app.baseUri().toString());
            browser.findElement(By.id("search:q")).sendKeys("香包");
            browser.findElement(By.id("search:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/search?"));
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".search-layout li.product-card")));
            List<WebElement> cards = browser.findElements(By.cssSelector("li.product-card"));
            assertTrue(cards.size() >= 5, "the sachets: " + cards.size());
            cards.forEach(c -> assertFalse(
                    c.findElement(By.cssSelector(".card-name")).getText().isBlank()));
            assertEquals("香包", browser.findElement(By.id("search:q")).getAttribute("value"));
            fits(browser, width, "search results");
            Browser.screenshot(browser, "search-1-results-" + shot);

            // the first cooperative facet: fewer pieces, all of that cooperative, the facet shown as chosen
            WebElement facet = browser.findElement(By.cssSelector("#facet-cooperative a.facet"));
            String cooperative =
                    facet.getText().replaceAll("\\s*\\(\\d+\\)$", "").strip();
            long count = Long.parseLong(
                    facet.findElement(By.cssSelector(".count")).getText().replaceAll("\\D", ""));
            facet.click();
            waitIn(browser).until(ExpectedConditions.urlContains("cooperative="));
            waitIn(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#facet-cooperative a.facet.selected")));
            List<WebElement> narrowed = browser.findElements(By.cssSelector("li.product-card"));
            assertEquals(count, narrowed.size(), "as many as the facet counted");
            assertTrue(narrowed.size() < cards.size());
            narrowed.forEach(c -> assertEquals(
                    cooperative,
                    c.findElement(By.cssSelector(".card-cooperative")).getText()));
            assertEquals(
                    "true",
                    browser.findElement(By.cssSelector("#facet-cooperative a.facet.selected"))
                            .getAttribute("aria-checked"));
            Browser.screenshot(browser, "search-2-facet-" + shot);

            // a product whose makers include one with a public profile
            openProductWithAPublicMaker(browser);
            assertTrue(browser.getCurrentUrl().matches(".*/products/\\d+$"), browser.getCurrentUrl());
            assertTrue(
                    browser.findElements(By.cssSelector(".gallery-photo img")).size() >= 2, "a gallery");
            assertFalse(
                    browser.findElement(By.id("product-description")).getText().isBlank());
            fits(browser, width, "product");
            Browser.screenshot(browser, "search-3-product-" + shot);
            String productUrl = browser.getCurrentUrl();

            WebElement maker = browser.findElement(By.cssSelector("a.maker-link"));
            String makerName = maker.getText().strip();
            maker.click();
            waitIn(browser).until(ExpectedConditions.urlContains("/artisans/"));
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("artisan-name")));
            assertEquals(
                    makerName,
                    browser.findElement(By.id("artisan-name")).getText().strip());
            assertFalse(browser.findElement(By.id("artisan-story")).getText().isBlank(), "her story, with her consent");
            assertFalse(browser.findElements(By.cssSelector(".training")).isEmpty(), "her trainings");
            assertFalse(browser.findElements(By.cssSelector("li.product-card")).isEmpty(), "her work");
            assertFalse(browser.getPageSource().contains("1390000"), "never her phone");
            fits(browser, width, "artisan");
            Browser.screenshot(browser, "search-4-artisan-" + shot);

            browser.get(productUrl);
            WebElement batch = browser.findElement(By.cssSelector("a.batch-link"));
            String code =
                    batch.findElement(By.cssSelector(".batch-code")).getText().strip();
            batch.click();
            waitIn(browser).until(ExpectedConditions.urlContains("/trace/" + code));
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("trace-qr")));
            assertEquals(
                    code, browser.findElement(By.id("trace-code")).getText().strip());
            WebElement qr = browser.findElement(By.id("trace-qr"));
            waitIn(browser)
                    .until(d -> ((Number) ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", qr))
                                    .intValue()
                            > 0);
            assertTrue(qr.getAttribute("src").endsWith("/trace/" + code + "/qr.png"));
            fits(browser, width, "trace");
            Browser.screenshot(browser, "search-5-trace-" + shot);
        } finally {
            browser.quit();
        }
    }

    /** Opens, from the result cards, the first product page that links to a maker's profile. */
    private static void openProductWithAPublicMaker(WebDriver browser) {
        List<String> links = browser.findElements(By.cssSelector("li.product-card a.card-link")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        for (String link : links) {
            browser.get(link);
            if (!browser.findElements(By.cssSelector("a.maker-link")).isEmpty()
                    && !browser.findElements(By.cssSelector("a.batch-link")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("no product among " + links + " shows a maker with a public profile");
    }

    private static void fits(WebDriver browser, int width, String page) {
        if (width == PHONE) {
            assertEquals(PHONE, viewportWidth(browser));
            long scroll = scrollWidth(browser);
            assertTrue(scroll <= PHONE, page + " scrolls sideways on a phone: " + scroll + " px");
        }
    }
}
