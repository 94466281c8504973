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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Federation staff set broker-li's commission rate and close her month on the commissions page; broker-li then
 * sees the month settled and downloads her statement, a PDF with the month's total.
 */
class CommissionsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final RunningApp app = RunningApp.get();

    @Test
    void theFederationSetsARateAndSettlesTheMonthAndBrokerLiDownloadsHerStatement() throws Exception {
        String total;
        WebDriver federation = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(federation, app, "federation");
            federation.findElement(By.id("nav-commissions")).click();
            wait(federation).until(ExpectedConditions.presenceOfElementLocated(By.id("rules:save")));
            federation.get(app.uri("admin/commissions.xhtml?broker=broker-li").toString());
            wait(federation).until(ExpectedConditions.presenceOfElementLocated(By.id("rules:save")));
            Browser.screenshot(federation, "commissions-federation-zh");

            // her rates replaced by one: 9.5 % on everything
            while (!federation.findElements(By.cssSelector("[id$=':remove']")).isEmpty()) {
                int rows = federation
                        .findElements(By.cssSelector("[id$=':remove']"))
                        .size();
                federation
                        .findElements(By.cssSelector("[id$=':remove']"))
                        .get(0)
                        .click();
                wait(federation)
                        .until(d -> d.findElements(By.cssSelector("[id$=':remove']"))
                                        .size()
                                == rows - 1);
            }
            federation.findElement(By.id("rules:add")).click();
            wait(federation).until(ExpectedConditions.presenceOfElementLocated(By.id("rules:rates:0:percent")));
            federation.findElement(By.id("rules:rates:0:percent")).sendKeys("9.5");
            WebElement save = federation.findElement(By.id("rules:save"));
            save.click();
            wait(federation).until(Browser.gone(save));
            wait(federation).until(ExpectedConditions.presenceOfElementLocated(By.id("rules:save")));
            Browser.screenshot(federation, "commissions-rate-saved-zh");
            assertTrue(
                    federation.findElements(By.cssSelector(".field-error")).stream()
                            .allMatch(e -> e.getText().isBlank()),
                    federation.findElement(By.tagName("main")).getText());
            List<JsonObject> rates = Http.json(BackOffice.get(app, "federation", "/api/v1/commission-rules/broker-li"))
                    .getJsonArray("rules")
                    .getValuesAs(JsonObject.class);
            assertEquals(1, rates.size());
            assertEquals(950, rates.get(0).getInt("basisPoints"));

            // the month: the demo order's commission is open; settling closes it
            assertEquals("未结算", federation.findElement(By.id("state")).getText());
            WebElement settle = federation.findElement(By.id("settle:settleMonth"));
            settle.click();
            wait(federation).until(ExpectedConditions.textToBe(By.id("state"), "已结算"));
            total = federation
                    .findElement(By.id("total"))
                    .getText()
                    .replace("¥", "")
                    .strip();
            assertTrue(total.matches("-?\\d+\\.\\d{2}") && !total.equals("0.00"), total);
            assertTrue(
                    federation.findElements(By.id("settle:settleMonth")).isEmpty(),
                    "a settled month cannot be settled again");
            Browser.screenshot(federation, "commissions-settled-zh");
        } finally {
            federation.quit();
        }

        WebDriver broker = Browser.open("zh-CN", 375, 812);
        try {
            BackOfficePages.logIn(broker, app, "broker-li");
            broker.get(app.uri("admin/commissions.xhtml").toString());
            wait(broker).until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            assertEquals("¥" + total, broker.findElement(By.id("total")).getText());
            assertEquals("已结算", broker.findElement(By.id("state")).getText());
            assertTrue(broker.findElements(By.id("rules:save")).isEmpty(), "a broker does not set rates");
            assertTrue(broker.findElements(By.id("settle:settleMonth")).isEmpty(), "nor settle");
            Browser.screenshot(broker, "commissions-broker-li-375-zh");

            String href = broker.findElement(By.id("statement")).getDomAttribute("href");
            byte[] pdf = download(broker, href);
            Path kept = Path.of(
                    System.getProperty("app.log.dir", "target"), "screenshots", "commission-statement-broker-li.pdf");
            Files.createDirectories(kept.getParent());
            Files.write(kept, pdf);
            assertEquals("%PDF-", new String(pdf, 0, 5));
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            assertTrue(text.toString().contains("Commission total: ¥" + total), text.toString());
            assertTrue(text.toString().contains("broker-li"), text.toString());

            // another broker's page is not hers
            broker.get(app.uri("admin/commissions.xhtml?broker=broker-zhao").toString());
            assertTrue(broker.findElement(By.id("notFound")).isDisplayed());
        } finally {
            broker.quit();
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
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
}
