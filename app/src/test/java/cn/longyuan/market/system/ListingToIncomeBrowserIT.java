package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The loop of issue 7 in the browser: coop-ningyuan lists a product with a photo and publishes it, a batch puts
 * it into stock, a buyer sees it in the shop and orders it, the manager confirms the payment, packs and ships,
 * and the artisan's income page shows the sale. Also: upload attacks answered next to the field, and two
 * managers' sessions editing the same product — the second save is refused, not written over the first.
 */
class ListingToIncomeBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerListsAProductABuyerOrdersItAndTheArtisansIncomeShowsTheSale() throws Exception {
        // a member of coop-ningyuan trained in some craft: the product is of that craft, so her batch is accepted
        List<JsonObject> artisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        JsonObject maker = artisans.stream()
                .filter(a -> !a.getJsonArray("levels").isEmpty())
                .findFirst()
                .orElseThrow();
        String craft = maker.getJsonArray("levels").getJsonObject(0).getString("craft");
        String name = "测试香囊" + System.nanoTime() % 100000;

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            Map<String, BigDecimal> dashboardBefore = dashboardFigures(browser);
            String productId = createListing(browser, craft, name, true);
            assertTrue(browser.findElement(By.id("publishedState")).getText().contains("未上架"));

            // upload attacks, each answered next to the upload field
            upload(browser, textFile("not-a-photo.jpg", "这不是图片"));
            awaitPhotoMessage(browser, "JPEG、PNG 或 WebP");
            upload(
                    browser,
                    textFile(
                            "drawing.svg",
                            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
            awaitPhotoMessage(browser, "SVG");
            upload(browser, bytesFile("bomb.png", PhotoBomb.png(20_000, 20_000)));
            awaitPhotoMessage(browser, "6000");
            byte[] big = new byte[6 * 1024 * 1024];
            big[0] = (byte) 0x89;
            upload(browser, bytesFile("huge.png", big));
            awaitPhotoMessage(browser, "5 MB");
            Browser.screenshot(browser, "listing-upload-refused-zh");

            upload(browser, picture());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".photo img")));
            assertEquals(1, browser.findElements(By.cssSelector(".photo img")).size());
            browser.findElement(By.id("listing:publish")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("publishedState"), "已上架"));
            Browser.screenshot(browser, "listing-published-zh");

            // a batch of her pieces puts the product into stock
            HttpResponse<String> batch = BackOffice.post(
                    app,
                    "coop-ningyuan",
                    "/api/v1/production-batches",
                    "{\"productId\": \"" + productId + "\", \"artisanId\": \"" + maker.getString("id")
                            + "\", \"quantity\": 5, \"madeOn\": \"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                            + "\"}");
            assertEquals(201, batch.statusCode(), batch.body());

            // the shop shows it, with its photo and the sanitised description
            WebDriver buyer = Browser.open("zh-CN");
            try {
                buyer.get(app.uri("product.xhtml?id=" + productId).toString());
                wait(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("product-description")));
                assertTrue(buyer.findElement(By.tagName("h1")).getText().contains(name));
                String description =
                        buyer.findElement(By.id("product-description")).getAttribute("innerHTML");
                assertTrue(description.contains("<b>刺绣</b>"), description);
                assertFalse(
                        description.contains("onerror")
                                || description.contains("<script")
                                || description.contains("javascript:")
                                || description.contains("<img"),
                        description);
                assertEquals(
                        null, js(buyer).executeScript("return window.hacked === undefined ? null : window.hacked;"));
                String image = buyer.findElement(By.cssSelector(".product-gallery img"))
                        .getAttribute("src");
                assertTrue(image.contains("/images/photos/"), image);
                assertEquals(200, Http.get(java.net.URI.create(image)).statusCode());
                Browser.screenshot(buyer, "shop-new-product-zh");
            } finally {
                buyer.quit();
            }
            JsonObject listed = Http.json(Http.get(app.uri("api/v1/products/" + productId)));
            assertEquals(5, listed.getInt("available"));
            assertFalse(listed.getString("description").contains("<"), listed.getString("description"));

            HttpResponse<String> placed = Http.post(
                    app.uri("api/v1/orders"),
                    "application/json",
                    PublicApiIT.orderBody(productId, 2, "BANK_TRANSFER"),
                    "Idempotency-Key",
                    "listing-loop-" + System.nanoTime());
            assertEquals(201, placed.statusCode(), placed.body());
            String number = Http.json(placed).getString("number");

            // the manager finds the part, confirms the transfer, packs and ships
            browser.get(app.uri("admin/parts.xhtml").toString());
            wait(browser)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(number)))
                    .click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("orderStatus")));
            assertEquals("待付款", browser.findElement(By.id("orderStatus")).getText());
            browser.findElement(By.id("fulfil:openPayment")).click();
            wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:confirmPayment")));
            Browser.screenshot(browser, "fulfil-payment-dialog-zh");
            browser.findElement(By.id("fulfil:confirmPayment")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("orderStatus"), "已付款"));
            browser.findElement(By.id("fulfil:pack")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("fulfil:partStatus"), "已打包"));
            browser.findElement(By.id("fulfil:openShip")).click();
            wait(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("fulfil:carrier")))
                    .sendKeys("中国邮政 EMS");
            browser.findElement(By.id("fulfil:trackingNumber")).sendKeys("EA123456789CN");
            browser.findElement(By.id("fulfil:ship")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("fulfil:partStatus"), "已发货"));
            String history = browser.findElement(By.id("fulfil:history")).getText();
            assertTrue(
                    history.contains("coop-ningyuan") && history.contains("已打包") && history.contains("EA123456789CN"),
                    history);
            Browser.screenshot(browser, "fulfil-shipped-zh");
            // the buyer signed for it: the manager confirms the delivery, and the order (her part was its only one) is
            // delivered
            browser.findElement(By.id("fulfil:confirmDelivered")).click();
            wait(browser).until(ExpectedConditions.textToBe(By.id("fulfil:partStatus"), "已送达"));
            assertEquals("已送达", browser.findElement(By.id("orderStatus")).getText());
            assertTrue(
                    browser.findElements(By.id("fulfil:confirmDelivered")).isEmpty(),
                    "a delivered part is not delivered twice");
            assertEquals(
                    "DELIVERED",
                    Http.json(BackOffice.get(app, "coop-ningyuan", "/api/v1/orders?status=DELIVERED"))
                            .getJsonArray("items")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(o -> o.getString("number").equals(number))
                            .findFirst()
                            .orElseThrow()
                            .getString("status"));
            // the services' notes in the page's language, the carrier's as typed
            String deliveredHistory =
                    browser.findElement(By.id("fulfil:history")).getText();
            assertTrue(
                    deliveredHistory.contains(" 签收")
                            && deliveredHistory.contains("所有包裹均已签收")
                            && deliveredHistory.contains("收到银行转账 ¥")
                            && deliveredHistory.contains("EA123456789CN"),
                    deliveredHistory);
            assertFalse(
                    deliveredHistory.contains("delivered on") || deliveredHistory.contains("received on"),
                    deliveredHistory);
            Browser.screenshot(browser, "fulfil-delivered-zh");
            // and on the buyer's tracking page
            browser.get(app.uri("order.xhtml?number=" + number + "&token="
                            + Http.json(placed).getString("accessToken"))
                    .toString());
            String tracking = wait(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")))
                    .getText();
            assertTrue(tracking.contains("所有包裹均已签收") && tracking.contains(" 签收"), tracking);
            assertFalse(tracking.contains("delivered on") || tracking.contains("every part"), tracking);
            HttpResponse<String> slip =
                    BackOffice.get(app, "coop-ningyuan", "/api/v1/orders/" + number + "/packing-slip");
            assertEquals(200, slip.statusCode());
            assertTrue(slip.body().startsWith("%PDF"));

            // her income page shows the sale: 2 × 88.80 = 177.60, her share by the cooperative's rule
            browser.get(app.uri("admin/income.xhtml?artisan=" + maker.getString("id"))
                    .toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("income:entries")));
            String entries = browser.findElement(By.id("income:entries")).getText();
            assertTrue(entries.contains(number) && entries.contains(name) && entries.contains("177.60"), entries);
            String balance = browser.findElement(By.id("balance")).getText();
            assertFalse(balance.equals("¥0.00"));
            Browser.screenshot(browser, "income-artisan-zh");

            // and so does her own page: the product's pieces sold and their value, the entry, the same balance
            browser.get(app.uri("admin/artisan.xhtml?artisan=" + maker.getString("id"))
                    .toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("income:soldPerProduct")));
            WebElement soldRow = browser.findElements(By.cssSelector("[id='income:soldPerProduct'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            browser.findElement(By.id("income:soldPerProduct")).getText()));
            List<String> soldCells = soldRow.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList();
            assertEquals(List.of(name, "2", "¥177.60"), soldCells.subList(0, 3), soldCells.toString());
            String herEntries = browser.findElement(By.id("income:entries")).getText();
            assertTrue(herEntries.contains(number) && herEntries.contains("177.60"), herEntries);
            assertEquals(balance, browser.findElement(By.id("balance")).getText());
            assertTrue(browser.findElement(By.id("income:statement")).isDisplayed());
            // her sales table exported as CSV holds the same row (the page is read again from the form's artisan field)
            List<List<String>> soldCsv = BackOfficeExportsBrowserIT.Csv.parse(new String(
                    BackOfficeExportsBrowserIT.export(browser, "income:artisanSalesCsv"), StandardCharsets.UTF_8));
            assertTrue(
                    soldCsv.contains(
                            List.of(name, "2", "177.60", soldCells.get(3).replace("¥", ""))),
                    soldCsv.toString());
            // and her statement of this month, from her page
            byte[] statement = BackOfficeExportsBrowserIT.export(browser, "income:statement");
            assertEquals("%PDF", new String(statement, 0, 4, StandardCharsets.US_ASCII));
            Browser.screenshot(browser, "artisan-sales-income-zh");
            // a payout of 10.00 to her, recorded on the income page
            browser.get(app.uri("admin/income.xhtml?artisan=" + maker.getString("id"))
                    .toString());
            wait(browser)
                    .until(ExpectedConditions.elementToBeClickable(By.id("income:openPay")))
                    .click();
            wait(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("income:amount")))
                    .sendKeys("10.00");
            browser.findElement(By.id("income:pay")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("income:payouts"), "10.00"));
            List<List<String>> payoutsCsv = BackOfficeExportsBrowserIT.Csv.parse(new String(
                    BackOfficeExportsBrowserIT.export(browser, "income:payoutsCsv"), StandardCharsets.UTF_8));
            assertTrue(
                    payoutsCsv.stream()
                            .anyMatch(r -> r.get(1).equals("10.00") && r.get(3).equals("coop-ningyuan")),
                    payoutsCsv.toString());

            // the dashboard moved by exactly this loop: 5 pieces made today, 3 left in stock at 88.80, 177.60 sold,
            // 10.00 paid
            browser.findElement(By.id("nav-dashboard")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("salesThisMonth")));
            Map<String, BigDecimal> dashboardAfter = dashboardFigures(browser);
            assertEquals(
                    new BigDecimal("5"),
                    dashboardAfter.get("piecesThisMonth").subtract(dashboardBefore.get("piecesThisMonth")));
            assertEquals(
                    new BigDecimal("266.40"),
                    dashboardAfter.get("stockValue").subtract(dashboardBefore.get("stockValue")));
            assertEquals(
                    new BigDecimal("177.60"),
                    dashboardAfter.get("salesThisMonth").subtract(dashboardBefore.get("salesThisMonth")));
            assertEquals(
                    new BigDecimal("10.00"),
                    dashboardAfter.get("paidThisMonth").subtract(dashboardBefore.get("paidThisMonth")));
            assertEquals(
                    2, browser.findElements(By.cssSelector(".chart-box canvas")).size(), "production and sales charts");
            Browser.screenshot(browser, "dashboard-income-zh");
        } finally {
            browser.quit();
        }
    }

    /** The dashboard's money and piece figures, read as numbers. */
    private Map<String, BigDecimal> dashboardFigures(WebDriver browser) {
        browser.get(app.uri("admin/index.xhtml").toString());
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("salesThisMonth")));
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        for (String id : List.of("piecesThisMonth", "stockValue", "salesThisMonth", "paidThisMonth")) {
            figures.put(
                    id,
                    new BigDecimal(browser.findElement(By.id(id))
                            .getText()
                            .replace("¥", "")
                            .replace(",", "")
                            .strip()));
        }
        return figures;
    }

    @Test
    void whenTwoSessionsEditOneProductTheSecondSaveIsRefusedAndTheFirstIsKept() {
        WebDriver first = Browser.open("zh-CN");
        WebDriver second = Browser.open("en");
        try {
            BackOfficePages.logIn(first, app, "coop-ningyuan");
            BackOfficePages.logIn(second, app, "coop-ningyuan");
            String productId = createListing(first, "sachet", "两人编辑" + System.nanoTime() % 100000, false);
            first.findElement(By.id("listing:publish")).click();
            wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("publishedState"), "已上架"));
            for (WebDriver b : List.of(first, second)) {
                b.get(app.uri("admin/listing.xhtml?product=" + productId).toString());
                wait(b).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:price")));
            }
            setPrice(first, "66.60");
            first.findElement(By.id("listing:save")).click();
            wait(first).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-message")));

            setPrice(second, "77.70");
            second.findElement(By.id("listing:save")).click();
            WebElement stale =
                    wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("listing:staleBox")));
            assertTrue(stale.getText().contains("Someone else changed this product"), stale.getText());
            assertEquals(
                    "77.70", second.findElement(By.id("listing:price")).getAttribute("value"), "her typing is kept");
            Browser.screenshot(second, "listing-stale-en");
            assertEquals(
                    "66.60",
                    Http.json(Http.get(app.uri("api/v1/products/" + productId))).getString("price"));

            second.findElement(By.id("listing:reload")).click();
            wait(second).until(ExpectedConditions.invisibilityOfElementLocated(By.id("listing:staleBox")));
            assertEquals("66.60", second.findElement(By.id("listing:price")).getAttribute("value"));
        } finally {
            first.quit();
            second.quit();
        }
    }

    /** Fills the new-listing form and saves it; answers the new product's id. */
    private String createListing(WebDriver browser, String craft, String name, boolean hostileDescription) {
        browser.get(app.uri("admin/listing.xhtml").toString());
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:nameZh")));
        js(browser).executeScript("document.getElementById('listing:craft_input').value = arguments[0];", craft);
        browser.findElement(By.id("listing:nameZh")).sendKeys(name);
        browser.findElement(By.id("listing:nameEn")).sendKeys("Test sachet");
        browser.findElement(By.id("listing:price")).sendKeys("88.80");
        browser.findElement(By.cssSelector("[id='listing:descriptionZh'] .ql-editor"))
                .sendKeys("手工刺绣，内装艾草。");
        browser.findElement(By.cssSelector("[id='listing:descriptionEn'] .ql-editor"))
                .sendKeys("Hand embroidered.");
        if (hostileDescription) {
            // what a hostile script could post instead of the editor's HTML
            js(browser)
                    .executeScript(
                            "document.getElementById('listing:descriptionZh_input').value = arguments[0];",
                            "<p>手工<b>刺绣</b>，内装艾草。</p><img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>"
                                    + "<a href=\"javascript:window.hacked=3\">点我</a>");
            Browser.screenshot(browser, "listing-new-zh");
        }
        browser.findElement(By.id("listing:save")).click();
        wait(browser).until(ExpectedConditions.urlContains("product="));
        Matcher id = Pattern.compile("product=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(id.find(), browser.getCurrentUrl());
        return id.group(1);
    }

    private static void setPrice(WebDriver browser, String price) {
        WebElement field = browser.findElement(By.id("listing:price"));
        field.clear();
        field.sendKeys(price);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    private static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }

    private static void upload(WebDriver browser, Path file) {
        WebElement input = browser.findElement(By.cssSelector("form[id='photos'] input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("photos:upload")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("photos")));
    }

    private static String photoMessage(WebDriver browser) {
        List<WebElement> message = browser.findElements(By.id("photos:photoMessage"));
        try {
            return message.isEmpty() ? "" : message.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
            return "";
        }
    }

    /**
     * Waits for the upload's answer next to the field: the form is still on the page while the upload's answer is
     * on its way (a large file takes a while), and is replaced when it arrives.
     */
    private static void awaitPhotoMessage(WebDriver browser, String expected) {
        try {
            wait(browser).until(b -> photoMessage(b).contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message with \"" + expected + "\" next to the upload: \"" + photoMessage(browser) + "\"", e);
        }
    }

    private static Path textFile(String name, String text) throws IOException {
        return bytesFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path bytesFile(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("upload");
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(160, 28, 36));
        g.fillRect(0, 0, 900, 700);
        g.setColor(new Color(240, 200, 80));
        g.fillOval(200, 120, 500, 460);
        g.setColor(new Color(30, 110, 60));
        g.fillRect(420, 40, 60, 120);
        g.dispose();
        Path file = Files.createTempDirectory("upload").resolve("sachet.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A tiny PNG whose header claims a huge size (an image bomb). */
    static final class PhotoBomb {
        static byte[] png(int width, int height) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            chunk(
                    out,
                    "IHDR",
                    java.nio.ByteBuffer.allocate(13)
                            .putInt(width)
                            .putInt(height)
                            .put((byte) 8)
                            .put((byte) 2)
                            .put((byte) 0)
                            .put((byte) 0)
                            .put((byte) 0)
                            .array());
            chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        }

        private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
            out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
            byte[] t = type.getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(t);
            out.writeBytes(data);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(t);
            crc.update(data);
            out.writeBytes(
                    java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
    }
}
