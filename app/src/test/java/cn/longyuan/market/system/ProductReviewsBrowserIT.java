package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo buyer reviews a piece of her delivered order on its product page (once), and keeps it as a
 * favourite. What she types is shown as text, never as markup.
 */
class ProductReviewsBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void theBuyerOfADeliveredOrderReviewsItsPieceOnceAndKeepsItAsAFavourite() {
        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.uri("login.xhtml").toString());
            browser.findElement(By.id("login:loginName")).sendKeys("buyer-wang");
            browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            waitIn(browser).until(ExpectedConditions.urlContains("/account/orders.xhtml"));

            // her delivered order, and its first piece
            WebElement delivered = browser.findElements(By.cssSelector("li.account-row")).stream()
                    .filter(r -> !r.findElements(By.cssSelector(".status-badge[data-status='DELIVERED']"))
                            .isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("buyer-wang has a delivered demo order"));
            delivered.findElement(By.cssSelector("a.order-link")).click();
            waitIn(browser).until(ExpectedConditions.urlMatches(".*/order(\\.xhtml)?\\?.*"));
            String piece = browser.findElement(By.cssSelector(".order-lines .line-name"))
                    .getText();
            JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&lang=en")))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(p -> p.getString("name").equals(piece))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no listed product named " + piece));

            browser.get(app.uri("product.xhtml?id=" + product.getString("id")).toString());
            assertTrue(ShopPages.shows(browser, "review:submit"), "she may review a piece of her delivered order");

            browser.findElement(By.id("favourite:toggle")).click();
            waitIn(browser)
                    .until(d -> d.findElement(By.id("favourite:toggle"))
                            .getAttribute("class")
                            .contains("is-favourite"));

            browser.findElement(By.cssSelector("label[for='review:rating:1']")).click();
            browser.findElement(By.id("review:text")).sendKeys("<b>bold?</b> Fine stitches, 很精致");
            browser.findElement(By.id("review:submit")).click();
            waitIn(browser).until(d -> d.findElements(By.id("review:submit")).isEmpty());

            WebElement review = browser.findElement(By.cssSelector("#review-list li.review"));
            assertEquals(
                    "<b>bold?</b> Fine stitches, 很精致",
                    review.findElement(By.cssSelector(".review-text")).getText(),
                    "shown as she typed it, as text");
            assertTrue(review.findElements(By.tagName("b")).isEmpty(), "no markup of hers on the page");
            assertEquals("买家 王", review.findElement(By.cssSelector(".reviewer")).getText());
            assertEquals("★★★★☆", review.findElement(By.cssSelector(".stars")).getText());
            assertTrue(
                    text(browser, "review-summary").startsWith("4.0 stars on average (1 review"),
                    text(browser, "review-summary"));
            Browser.screenshot(browser, "buyer-review-en");

            browser.get(app.uri("account/favourites.xhtml").toString());
            assertFalse(browser.findElements(
                            By.cssSelector("li.favourite-card[data-product-id='" + product.getString("id") + "']"))
                    .isEmpty());
            Browser.screenshot(browser, "buyer-favourites-en");
        } finally {
            browser.quit();
        }
    }
}
