package cn.longyuan.market.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a buyer does on the shop's pages, step by step, for the browser tests. */
final class ShopPages {

    static final Duration WAIT = Duration.ofSeconds(20);

    /** A guest's contact and address as the checkout form asks for them. */
    static final Map<String, String> GUEST = Map.of(
            "name", "王芳",
            "phone", "13812345678",
            "email", "wangfang@example.com",
            "province", "甘肃省",
            "city", "兰州市",
            "district", "城关区",
            "addressLine", "东岗西路 120 号",
            "postcode", "730000");

    private ShopPages() {}

    static WebDriverWait waitIn(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    /** Opens the product page of the first card on the home page that is plainly in stock; answers its name. */
    static String openAProductInStock(WebDriver browser, RunningApp app) {
        return openAProductInStockOf(browser, app, "");
    }

    /** Like {@link #openAProductInStock}, of a cooperative whose shown name contains the given words. */
    static String openAProductInStockOf(WebDriver browser, RunningApp app, String cooperativeWords) {
        browser.get(app.baseUri().toString());
        return openFirstCardInStockOf(browser, cooperativeWords, "the home page");
    }

    /**
     * Searches the words with the home page's search form, as a buyer does, and opens the first result plainly in
     * stock of a cooperative whose shown name contains the given words; answers its name.
     */
    static String searchAndOpenAProductInStockOf(
            WebDriver browser, RunningApp app, String words, String cooperativeWords) {
        browser.get(app.baseUri().toString());
        browser.findElement(By.id("search:q")).sendKeys(words);
        browser.findElement(By.id("search:submit")).click();
        waitIn(browser).until(ExpectedConditions.urlContains("/search?"));
        waitIn(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-layout li.product-card")));
        return openFirstCardInStockOf(browser, cooperativeWords, "the results for " + words);
    }

    private static String openFirstCardInStockOf(WebDriver browser, String cooperativeWords, String where) {
        WebElement card = browser.findElements(By.cssSelector("li.product-card")).stream()
                .filter(c -> !c.findElements(By.cssSelector(".stock.in-stock")).isEmpty())
                .filter(c -> c.findElement(By.cssSelector(".card-cooperative"))
                        .getText()
                        .contains(cooperativeWords))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no product plainly in stock on " + where));
        String name = card.findElement(By.cssSelector(".card-name")).getText();
        card.findElement(By.cssSelector("a.card-link")).click();
        waitIn(browser).until(ExpectedConditions.urlContains("/products/"));
        return name;
    }

    /** On a product page: types the quantity, adds to the cart, waits for the cart count to change. */
    static void addToCart(WebDriver browser, int quantity) {
        String countBefore = browser.findElement(By.id("cartCount")).getText();
        WebElement field = browser.findElement(By.id("buy:quantity"));
        field.clear();
        field.sendKeys(Integer.toString(quantity));
        browser.findElement(By.id("buy:add")).click();
        waitIn(browser)
                .until(d -> !d.findElement(By.id("cartCount")).getText().equals(countBefore)
                        || !d.findElements(
                                        By.cssSelector(
                                                "#buy\\:quantityMessage.ui-message-warn, #buy\\:quantityMessage.ui-message-error"))
                                .isEmpty());
    }

    static void openCart(WebDriver browser) {
        browser.findElement(By.id("cartLink")).click();
        // the shop's links are extension-less (OmniFaces MultiViews): /cart, or /cart.xhtml typed by hand
        waitIn(browser).until(ExpectedConditions.urlMatches(".*/cart(\\.xhtml)?([?#].*)?$"));
    }

    static void goToCheckout(WebDriver browser) {
        browser.findElement(By.id("cart:checkout")).click();
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:place")));
    }

    /** Fills the checkout form: every field of the guest, then the payment method (0 bank transfer, 1 cash on delivery). */
    static void fillCheckout(WebDriver browser, Map<String, String> guest, int paymentMethod) {
        // the province before the city: choosing a province (a select in China) reloads the city's choices
        List<String> fields = new java.util.ArrayList<>(guest.keySet());
        fields.sort(java.util.Comparator.comparingInt(f -> f.equals("province") ? 0 : f.equals("city") ? 1 : 2));
        for (String field : fields) {
            String id = "checkout:" + field;
            // read again until it holds still: choosing a province re-renders the city's select
            String tag = waitIn(browser).until(d -> d.findElement(By.id(id)).getTagName());
            if (tag.equals("select")) {
                choose(browser, id, guest.get(field));
            } else {
                WebElement input = browser.findElement(By.id(id));
                input.clear();
                input.sendKeys(guest.get(field));
            }
        }
        browser.findElement(By.cssSelector("label[for='checkout:paymentMethod:" + paymentMethod + "']"))
                .click();
    }

    /** Clicks "place order" and waits for the answer: the confirmation page or the checkout with messages. */
    static void placeOrder(WebDriver browser) {
        WebElement button = browser.findElement(By.id("checkout:place"));
        button.click();
        // the answer replaces the form (messages) or the page (confirmation): either way the button goes
        waitIn(browser).until(Browser.gone(button));
        waitIn(browser)
                .until(d -> d.getCurrentUrl().contains("/confirmation")
                        || !d.findElements(By.cssSelector("#checkout\\:messages .ui-messages-error"))
                                .isEmpty());
    }

    /** Chooses an option of a select by its value, once the select offers it (an ajax update may bring it). */
    static void choose(WebDriver browser, String id, String value) {
        waitIn(browser)
                .until(d -> d.findElements(By.id(id)).stream()
                        .anyMatch(select -> select.findElements(By.tagName("option")).stream()
                                .anyMatch(o -> value.equals(o.getAttribute("value")))));
        waitIn(browser).until(d -> {
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id(id))).selectByValue(value);
            return true;
        });
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** Whether an element with this id is on the page and shown. */
    static boolean shows(WebDriver browser, String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    static long scrollWidth(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    static long viewportWidth(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue();
    }
}
