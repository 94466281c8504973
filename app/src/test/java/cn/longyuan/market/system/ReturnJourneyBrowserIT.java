package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * After-sale in headless Chromium, in Chinese at desktop width and in English on a 375 px phone: a delivered order (made through the API and the back office's
 * calls), the buyer asks on her order page to send one piece back (a form without a reason is answered next to
 * the field, and the message goes once she chooses one), the cooperative's manager accepts it on the order's page, and the buyer's page then reads it refunded.
 * With a photo: a file that is no photo is refused next to the photo field, a real one goes with the request, she
 * sees its thumbnail, the cooperative's manager sees it on her requests page and the order's page, and another
 * cooperative's manager cannot fetch it.
 */
class ReturnJourneyBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    /** What the buyer's pages say in one language, and the window she reads them in. */
    private record Buyer(
            String language,
            int width,
            int height,
            String heading,
            String damaged,
            String chooseAReason,
            String waiting,
            String refunded) {

        String shot(String name) {
            return name + "-" + language.substring(0, 2) + (width < 500 ? "-" + width : "");
        }

        /** The manager decides in the back office, in Chinese at her desk, whatever the buyer's language. */
        String managerShot(String name) {
            return name + "-zh" + (language.startsWith("zh") ? "" : "-buyer-" + language);
        }
    }

    private static final Buyer CHINESE_AT_DESKTOP =
            new Buyer("zh-CN", 1280, 900, "申请退货/退款", "作品破损", "请选择退货原因", "等待合作社处理", "已同意，已退款");
    private static final Buyer ENGLISH_ON_A_PHONE = new Buyer(
            "en",
            375,
            800,
            "Return or refund",
            "Damaged",
            "Choose a reason",
            "Waiting for the cooperative",
            "Accepted, refunded");

    @Test
    void theBuyerAsksForAReturnTheManagerAcceptsAndTheBuyerSeesItRefunded() {
        journey(CHINESE_AT_DESKTOP);
    }

    @Test
    void theSameJourneyInEnglishOnAPhone() {
        journey(ENGLISH_ON_A_PHONE);
    }

    private void journey(Buyer texts) {
        String[] order =
                ReturnsIT.paidOrder(app, "returns-browser-" + texts.language().substring(0, 2) + "-");
        String number = order[0];
        ReturnsIT.deliver(app, number);
        String orderPage =
                app.uri("order.xhtml?number=" + number + "&token=" + order[1]).toString();

        WebDriver buyer = Browser.open(texts.language(), texts.width(), texts.height());
        try {
            buyer.get(orderPage);
            wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("returns-heading")));
            assertEquals(
                    texts.heading(), buyer.findElement(By.id("returns-heading")).getText());
            assertTrue(
                    buyer.findElement(By.id("order-ship-to")).getText().contains("北京路 18 号"),
                    buyer.findElement(By.id("order-ship-to")).getText());
            fitsTheWindow(buyer);
            Browser.screenshot(buyer, texts.shot("return-form"));

            // no reason chosen: answered next to the reason, nothing asked
            type(buyer, "returnLines:0:return:quantity", "1");
            WebElement ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement reason = wait(buyer)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("returnLines:0:return:reason")));
            String next = reason.findElement(By.xpath("following::*[contains(@class,'field-error')][1]"))
                    .getText();
            assertTrue(next.contains(texts.chooseAReason()), next);
            assertFalse(next.contains("required"), "her language only, not the service's English: " + next);
            fitsTheWindow(buyer);
            Browser.screenshot(buyer, texts.shot("return-no-reason"));
            assertTrue(buyer.findElements(By.cssSelector(".return-request")).isEmpty(), "nothing was asked");

            // the reason chosen: its message goes at once, before the form is sent again (field-messages.js)
            new Select(reason).selectByVisibleText(texts.damaged());
            wait(buyer)
                    .until(d -> d.findElements(By.cssSelector(".return-form .field-error")).stream()
                            .allMatch(e -> e.getText().isBlank()));
            Browser.screenshot(buyer, texts.shot("return-reason-chosen"));

            type(buyer, "returnLines:0:return:quantity", "1");
            new Select(buyer.findElement(By.id("returnLines:0:return:reason"))).selectByVisibleText(texts.damaged());
            buyer.findElement(By.id("returnLines:0:return:note")).sendKeys("香包一角开线了");
            ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement request =
                    wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".return-request")));
            assertEquals("REQUESTED", request.getAttribute("data-status"));
            assertTrue(
                    request.getText().contains(texts.waiting())
                            && request.getText().contains(texts.damaged()),
                    request.getText());
            assertTrue(buyer.getCurrentUrl().contains("token="), "back on the same link: " + buyer.getCurrentUrl());
            fitsTheWindow(buyer);
            Browser.screenshot(buyer, texts.shot("return-requested"));
        } finally {
            buyer.quit();
        }

        WebDriver manager = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(manager, app, "coop-ningyuan");
            manager.get(app.uri("admin/requests.xhtml").toString());
            wait(manager)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(number)))
                    .click();
            WebElement accept =
                    wait(manager).until(ExpectedConditions.elementToBeClickable(By.id("returns:list:0:accept")));
            assertTrue(manager.findElement(By.id("returns:list")).getText().contains("香包一角开线了"));
            Browser.screenshot(manager, texts.managerShot("return-to-decide"));
            accept.click();
            wait(manager).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            String growl =
                    manager.findElement(By.cssSelector(".ui-growl-message")).getText();
            assertTrue(growl.contains("货款已退"), growl);
            assertEquals(
                    "已同意并退款",
                    manager.findElement(By.id("returns:list:0:status")).getText());
            assertTrue(
                    manager.findElement(By.id("refund:refunds")).getText().contains("× 1"),
                    "the refund is listed: "
                            + manager.findElement(By.id("refund:refunds")).getText());
            // the refund's reason is the request's, said in Chinese with the buyer's words as she wrote them
            String refundList = manager.findElement(By.id("refund:refunds")).getText();
            assertTrue(refundList.contains("（作品破损）——买家说：香包一角开线了"), refundList);
            assertFalse(refundList.contains("return request") || refundList.contains("DAMAGED"), refundList);
            Browser.screenshot(manager, texts.managerShot("return-accepted"));
        } finally {
            manager.quit();
        }

        WebDriver again = Browser.open(texts.language(), texts.width(), texts.height());
        try {
            again.get(orderPage);
            WebElement request =
                    wait(again).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".return-request")));
            assertEquals("ACCEPTED", request.getAttribute("data-status"));
            assertTrue(request.getText().contains(texts.refunded()), request.getText());
            fitsTheWindow(again);
            Browser.screenshot(again, texts.shot("return-refunded"));
        } finally {
            again.quit();
        }
    }

    @Test
    void theBuyerAttachesAPhotoWhichOnlyTheLinesCooperativeSees() throws IOException {
        String[] order = ReturnsIT.paidOrder(app, "returns-photo-browser-");
        String number = order[0];
        ReturnsIT.deliver(app, number);
        String orderPage =
                app.uri("order.xhtml?number=" + number + "&token=" + order[1]).toString();
        Path dir = Files.createDirectories(Path.of("target", "return-photo-uploads"));
        Path notAPhoto = dir.resolve("damage.png");
        Files.writeString(notAPhoto, "这不是照片，只是改了名字的文字。", StandardCharsets.UTF_8);
        Path photo = dir.resolve("damage-real.png");
        Files.write(photo, ReturnsIT.picture("png", 900, 600));

        WebDriver buyer = Browser.open("zh-CN", 1280, 900);
        try {
            buyer.get(orderPage);
            wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("returns-heading")));
            WebElement hint = buyer.findElement(By.id("returnLines:0:return:photoHint"));
            assertTrue(
                    hint.getText().contains("JPEG、PNG 或 WebP") && hint.getText().contains("5 MB"), hint.getText());
            assertEquals(
                    "照片（可选）",
                    buyer.findElement(By.cssSelector(".return-photo-field label"))
                            .getText());
            assertEquals(
                    "returnLines:0:return:photoHint",
                    fileInput(buyer).getAttribute("aria-describedby"),
                    "the rule is the field's description");

            // a text file named .png: refused next to the photo field, in her language; nothing asked
            type(buyer, "returnLines:0:return:quantity", "1");
            new Select(buyer.findElement(By.id("returnLines:0:return:reason"))).selectByVisibleText("作品破损");
            fileInput(buyer).sendKeys(notAPhoto.toAbsolutePath().toString());
            WebElement ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement error = wait(buyer)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("returnLines:0:return:photoError")));
            assertTrue(error.getText().contains("只接受 JPEG、PNG 或 WebP 照片"), error.getText());
            assertTrue(buyer.findElements(By.cssSelector(".return-request")).isEmpty(), "nothing was asked");
            Browser.screenshot(buyer, "return-photo-refused-zh");

            type(buyer, "returnLines:0:return:quantity", "1");
            new Select(buyer.findElement(By.id("returnLines:0:return:reason"))).selectByVisibleText("作品破损");
            buyer.findElement(By.id("returnLines:0:return:note")).sendKeys("照片里能看到开线");
            fileInput(buyer).sendKeys(photo.toAbsolutePath().toString());
            ask = buyer.findElement(By.id("returnLines:0:return:askReturn"));
            ask.click();
            wait(buyer).until(Browser.gone(ask));
            WebElement thumbnail = wait(buyer)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".return-request .return-photo img")));
            wait(buyer).until(d -> loaded(d, thumbnail));
            assertTrue(thumbnail.getAttribute("src").contains("token="), "keyed by her order's token");
            Accessibility.assertNoSeriousViolations(buyer, "order page with a return photo");
            Browser.screenshot(buyer, "return-photo-requested-zh");
        } finally {
            buyer.quit();
        }

        String photoPath = "admin/return-photos/";
        WebDriver manager = Browser.open("zh-CN");
        String photoUrl;
        try {
            BackOfficePages.logIn(manager, app, "coop-ningyuan");
            manager.get(app.uri("admin/requests.xhtml").toString());
            WebElement listed = wait(manager)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#openReturns img[src*='/" + photoPath + "']")));
            wait(manager).until(d -> loaded(d, listed));
            Browser.screenshot(manager, "return-photo-requests-zh");
            wait(manager)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(number)))
                    .click();
            WebElement onOrder = wait(manager)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#returns\\:list .return-photo img")));
            wait(manager).until(d -> loaded(d, onOrder));
            photoUrl = onOrder.findElement(By.xpath("..")).getAttribute("href");
            assertTrue(photoUrl.contains(photoPath) && !photoUrl.contains("thumb"), photoUrl);
            assertEquals(200, status(manager, photoUrl), "the full photo, for her");
            Browser.screenshot(manager, "return-photo-to-decide-zh");
        } finally {
            manager.quit();
        }

        WebDriver other = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(other, app, "coop-shuangwan");
            assertEquals(404, status(other, photoUrl), "another cooperative's manager cannot fetch it");
            assertEquals(404, status(other, photoUrl.replace(".jpg", "-thumb.jpg")), "nor its thumbnail");
            other.get(app.uri("admin/requests.xhtml").toString());
            wait(other).until(ExpectedConditions.presenceOfElementLocated(By.id("returnsHeading")));
            assertTrue(other.findElements(By.cssSelector("img[src*='/" + photoPath + "']"))
                    .isEmpty());
        } finally {
            other.quit();
        }
    }

    private static WebElement fileInput(WebDriver browser) {
        return browser.findElement(By.cssSelector("form[id='returnLines:0:return'] input[type='file']"));
    }

    /** Whether an image was fetched and decoded (a refused or missing one has no natural width). */
    private static boolean loaded(WebDriver browser, WebElement image) {
        Object width = ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    /** The HTTP status of a GET from the page, with the browser's own session. */
    private static int status(WebDriver browser, String url) {
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));",
                        url);
        return ((Number) status).intValue();
    }

    /** Nothing of the page reaches beyond the window: no sideways scrolling on a phone. */
    private static void fitsTheWindow(WebDriver browser) {
        assertTrue(
                ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                "page " + ShopPages.scrollWidth(browser) + " px wide in a window of "
                        + ShopPages.viewportWidth(browser));
    }

    private static void type(WebDriver browser, String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }
}
