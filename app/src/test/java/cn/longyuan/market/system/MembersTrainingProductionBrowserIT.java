package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chain from a new member to stock, as the manager of 宁远堡镇 does it in the browser: she adds an artisan
 * (a wrong ID number is refused next to the field), cannot record a batch for her yet (not trained), holds a
 * paper-cutting course, enrols her, adds a session, cannot certify her before marking her present, marks her,
 * certifies her at BASIC, records a batch of a paper-cut, sees the stock rise on the stock page, and prints the
 * batch's QR tags: a PDF with one tag per piece.
 */
class MembersTrainingProductionBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final RunningApp app = RunningApp.get();

    @Test
    void aNewMemberIsTrainedCertifiedAndHerBatchRaisesTheStockAndPrintsOneTagPerPiece() throws Exception {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject paperCut = Http.json(
                        Http.get(app.uri("api/v1/products?size=100&craft=paper-cutting&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .get(0);
        String productId = paperCut.getString("id");
        String productName = paperCut.getString("name");
        String name = "剪纸新人" + Long.toString(System.nanoTime() % 100000, 36);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int pieces = 7;

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            int onHandBefore = onHandOnStockPage(browser, productName);

            // a new member: a wrong ID number is refused next to its field, then she is saved
            browser.findElement(By.id("nav-artisans")).click();
            click(browser, By.id("members:new"));
            waitVisible(browser, By.id("editor:displayName")).sendKeys(name);
            browser.findElement(By.id("editor:phone")).sendKeys("13900000177");
            browser.findElement(By.id("editor:idNumber")).sendKeys("620302199003151231");
            browser.findElement(By.id("editor:save")).click();
            WebElement idMessage = waitText(
                    browser, By.cssSelector("[id='editor:idNumber'] ~ .ui-message, .ui-message-error"), "身份证号");
            assertTrue(idMessage.getText().contains("校验位"), idMessage.getText());
            Browser.screenshot(browser, "coop-artisan-id-refused-zh");
            WebElement idField = browser.findElement(By.id("editor:idNumber"));
            idField.clear();
            idField.sendKeys("620302199003151230");
            browser.findElement(By.id("editor:save")).click();
            WebElement link =
                    new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
            String artisanId = link.getDomAttribute("href").replaceAll(".*artisan=(\\d+).*", "$1");
            Browser.screenshot(browser, "coop-artisans-zh");

            // untrained: the batch is refused with the reason next to her name
            browser.findElement(By.id("nav-batches")).click();
            selectValue(browser, "record:productId", productId);
            selectValue(browser, "record:artisanId", artisanId);
            browser.findElement(By.id("record:quantity")).sendKeys("1");
            browser.findElement(By.id("record:save")).click();
            waitText(browser, By.cssSelector(".ui-growl-message, .ui-message-error"), "培训");
            Browser.screenshot(browser, "coop-batch-not-trained-zh");

            // a course of the cooperative's own, with one session today
            browser.findElement(By.id("nav-courses")).click();
            click(browser, By.id("courses:new"));
            waitVisible(browser, By.id("creator:titleZh"));
            typeUntilHeld(browser, "creator:titleZh", "剪纸速成班 " + name);
            selectValue(browser, "creator:craft", "paper-cutting");
            typeUntilHeld(browser, "creator:titleEn", "Paper-cutting crash course");
            browser.findElement(By.id("creator:hours")).sendKeys("8");
            browser.findElement(By.id("creator:trainer")).sendKeys("刘老师");
            browser.findElement(By.id("creator:place")).sendKeys("宁远堡镇文化站");
            setValue(browser, "creator:startsOn", today.minusDays(2).toString());
            setValue(browser, "creator:endsOn", today.toString());
            browser.findElement(By.id("creator:capacity")).sendKeys("5");
            browser.findElement(By.id("creator:save")).click();
            // saved: the dialog closes and the list shows the course; refused: say what the dialog says
            new WebDriverWait(browser, WAIT)
                    .until(d -> !d.findElements(By.linkText("剪纸速成班 " + name)).isEmpty()
                            || !d.findElements(
                                            By.cssSelector("#creator .ui-message-error, #creator .ui-messages-error"))
                                    .isEmpty());
            assertTrue(
                    browser.findElements(By.cssSelector("#creator .ui-message-error, #creator .ui-messages-error"))
                            .isEmpty(),
                    () -> "the course was refused: "
                            + browser.findElement(By.id("creator")).getText());
            new WebDriverWait(browser, WAIT)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText("剪纸速成班 " + name)))
                    .click();

            waitVisible(browser, By.id("courseForm:enrolPanel"));
            selectValue(browser, "courseForm:artisanId", artisanId);
            browser.findElement(By.id("courseForm:enrol")).click();
            waitText(browser, By.id("courseForm:roster"), name);
            setValue(browser, "courseForm:heldOn", today.toString());
            browser.findElement(By.id("courseForm:topic")).sendKeys("折剪与阴刻");
            browser.findElement(By.id("courseForm:addSession")).click();
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.mark")));

            click(browser, By.cssSelector("[id$='complete']"));
            waitText(browser, By.cssSelector(".ui-growl-message"), "出勤");
            Browser.screenshot(browser, "coop-course-attendance-too-low-zh");

            // the refused completion re-rendered the roster: find the attendance mark again
            click(browser, By.cssSelector("a.mark"));
            new WebDriverWait(browser, WAIT)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d ->
                            d.findElement(By.cssSelector("a.mark")).getText().contains("✓"));
            click(browser, By.cssSelector("[id$='complete']"));
            waitText(browser, By.id("courseForm:roster"), "已结业");
            assertTrue(browser.findElement(By.id("courseForm:roster")).getText().contains("初级"));
            Browser.screenshot(browser, "coop-course-completed-zh");

            // trained now: the batch goes into stock with a trace code
            browser.findElement(By.id("nav-batches")).click();
            selectValue(browser, "record:productId", productId);
            selectValue(browser, "record:artisanId", artisanId);
            browser.findElement(By.id("record:quantity")).sendKeys(Integer.toString(pieces));
            browser.findElement(By.id("record:save")).click();
            String traceCode = waitVisible(browser, By.id("record:lastTraceCode"))
                    .getText()
                    .replaceAll(".*[:：]\\s*", "")
                    .strip();
            assertTrue(traceCode.matches("[A-Z0-9]{8,}"), traceCode);
            Browser.screenshot(browser, "coop-batch-recorded-zh");
            String tagsHref =
                    waitVisible(browser, By.cssSelector("a.tags-" + traceCode)).getDomAttribute("href");

            assertEquals(onHandBefore + pieces, onHandOnStockPage(browser, productName));
            Browser.screenshot(browser, "coop-stock-risen-zh");

            byte[] pdf = download(browser, tagsHref);
            Path kept = Path.of(
                    System.getProperty("app.log.dir", "target"), "screenshots", "coop-tags-" + traceCode + ".pdf");
            Files.write(kept, pdf);
            assertEquals("%PDF-", new String(pdf, 0, 5));
            assertEquals(pieces, tagsIn(pdf, pieces));
            assertTrue(
                    new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).contains(traceCode));

            browser.get(app.uri("admin/index.xhtml").toString());
            waitVisible(browser, By.id("piecesThisMonth"));
            assertTrue(Integer.parseInt(
                            browser.findElement(By.id("piecesThisMonth")).getText())
                    >= pieces);
            Browser.screenshot(browser, "coop-dashboard-zh");
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "coop-failure-zh");
            throw e;
        } finally {
            browser.quit();
        }
    }

    /** The on-hand figure of the product's row on the stock page. */
    private int onHandOnStockPage(WebDriver browser, String productName) {
        browser.findElement(By.id("nav-stock")).click();
        WebElement row = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//tbody[contains(@id,'products_data')]/tr[.//a[normalize-space()='" + productName + "']]")));
        return Integer.parseInt(
                row.findElements(By.tagName("td")).get(1).getText().strip());
    }

    private static int tagsIn(byte[] pdf, int pieces) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        int tags = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            Matcher m = Pattern.compile("No\\.(\\d+)/" + pieces).matcher(text.getTextFromPage(page));
            while (m.find()) {
                tags++;
            }
        }
        return tags;
    }

    /** Fetches the link with the browser's own session cookie, as a click would. */
    private byte[] download(WebDriver browser, String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("ADMINSESSION");
        HttpResponse<byte[]> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.uri("admin/").resolve(href))
                                .header("Cookie", "ADMINSESSION=" + session.getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals(
                "application/pdf",
                answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        return answer.body();
    }

    private static void selectValue(WebDriver browser, String clientId, String value) {
        String widget = "widget_" + clientId.replace(':', '_');
        new WebDriverWait(browser, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!(window.PrimeFaces && PrimeFaces.widgets['" + widget + "'])"));
        ((JavascriptExecutor) browser)
                .executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1])", widget, value);
    }

    /**
     * Types into a field until it holds the text: the dialog moves the focus to its first field once it is shown,
     * and keys typed before that moment may go there instead.
     */
    private static void typeUntilHeld(WebDriver browser, String id, String text) {
        new WebDriverWait(browser, WAIT).until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (!text.equals(field.getDomProperty("value"))) {
                field.clear();
                field.sendKeys(text);
            }
            return text.equals(field.getDomProperty("value"));
        });
    }

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    /** Clicks what the locator finds, finding it again when an ajax update replaced it meanwhile. */
    private static void click(WebDriver browser, By by) {
        new WebDriverWait(browser, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    private static WebElement waitVisible(WebDriver browser, By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static WebElement waitText(WebDriver browser, By by, String text) {
        // a re-rendered element goes stale while it is read: read it again
        return new WebDriverWait(browser, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream()
                        .filter(e -> e.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }
}
