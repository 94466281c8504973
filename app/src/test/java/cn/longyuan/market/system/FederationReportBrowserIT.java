package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Federation staff read the chain report in the browser (issue 8): the table with its totals, the Chart.js charts
 * drawn, the Excel file with the same figures (read back with Apache POI), the printable PDF (read back with
 * OpenPDF), a course's trainees; and the public impact page on a phone.
 */
class FederationReportBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** where Debian's fonts-noto-cjk puts the faces the PDFs embed when installed (CjkFont's candidates) */
    private static final java.util.List<Path> NOTO_CJK = java.util.List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"));

    private final RunningApp app = RunningApp.get();

    @Test
    void federationStaffReadTheReportWithChartsAndDownloadItsExcelAndPdf() throws Exception {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "federation");
            browser.findElement(By.id("nav-report")).click();
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("filters:from")));
            // all time, so that the demo data's courses and sales are in it
            ((JavascriptExecutor) browser)
                    .executeScript("document.getElementById('filters:from').value = '2000-01-01'");
            browser.findElement(By.id("filters:show")).click();
            new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("from=2000-01-01"));
            WebElement chart = new WebDriverWait(browser, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='womenChart'] canvas")));
            // Chart.js has drawn it: a chart instance on the canvas, with as many bars per dataset as the table has
            // rows
            new WebDriverWait(browser, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript(
                            "var c = window.Chart && Chart.getChart(arguments[0]); return !!c && c.width > 0"
                                    + " && c.getDatasetMeta(0).data.length === document.querySelectorAll(\"[id$='rows_data'] > tr\").length;",
                            chart));
            assertTrue(browser.findElement(By.cssSelector("[id$='incomeChart'] canvas"))
                    .isDisplayed());
            String trained =
                    browser.findElement(By.id("totalTrained")).getText().strip();
            String income =
                    browser.findElement(By.id("totalIncome")).getText().strip().replace("¥", "");
            assertTrue(Integer.parseInt(trained) > 0, trained);
            Browser.screenshot(browser, "federation-report-zh");

            byte[] xlsx = download(
                    browser,
                    browser.findElement(By.id("excel")).getDomAttribute("href"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Path dir = Path.of(System.getProperty("app.log.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve("federation-report.xlsx"), xlsx);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertEquals("合计", total.getCell(0).getStringCellValue());
                assertEquals(Integer.parseInt(trained), (int) total.getCell(1).getNumericCellValue());
                assertEquals(
                        new java.math.BigDecimal(income),
                        java.math.BigDecimal.valueOf(total.getCell(6).getNumericCellValue())
                                .setScale(2, java.math.RoundingMode.HALF_UP));
                int rowsOnPage = browser.findElements(By.cssSelector("[id$='rows_data'] > tr"))
                        .size();
                // title, period, blank, group heads, column heads, the rows, the total
                assertEquals(5 + rowsOnPage, sheet.getLastRowNum());
            }

            byte[] pdf =
                    download(browser, browser.findElement(By.id("pdf")).getDomAttribute("href"), "application/pdf");
            Files.write(dir.resolve("federation-report.pdf"), pdf);
            // OpenPDF reads it back: pages, the title the page shows, its Chinese font (the installed Noto CJK face,
            // embedded as a subset, like every other PDF; the standard STSong-Light only where none is installed)
            PdfReader reader = new PdfReader(pdf);
            assertTrue(reader.getNumberOfPages() >= 1);
            assertEquals(
                    browser.findElement(By.tagName("h1")).getText().strip(),
                    reader.getInfo().get("Title"));
            String fonts = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (NOTO_CJK.stream().anyMatch(Files::isRegularFile)) {
                assertTrue(fonts.contains("/FontFile") && fonts.contains("Noto"), "the Noto CJK face is embedded");
            } else {
                assertTrue(fonts.contains("/STSong-Light"), "the standard CJK font is named");
            }

            // a course's trainees: names for federation staff
            browser.findElements(By.cssSelector("[id$='drill']")).get(0).click();
            WebElement trainees = new WebDriverWait(browser, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='trainees_data']")));
            assertFalse(trainees.findElements(By.tagName("tr")).isEmpty());
            Browser.screenshot(browser, "federation-report-course-zh");
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePublicImpactPageFitsAPhone() {
        WebDriver phone = Browser.open("zh-CN", 375, 800);
        try {
            phone.get(app.uri("").toString());
            phone.findElement(By.id("impactLink")).click();
            WebElement trained = new WebDriverWait(phone, WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("womenTrained")));
            assertTrue(Integer.parseInt(trained.getText().strip()) > 0);
            long overflow = (Long) ((JavascriptExecutor) phone)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "the page is wider than the phone by " + overflow + " px");
            Browser.screenshot(phone, "shop-impact-375-zh");
        } finally {
            phone.quit();
        }
    }

    /** Fetches the link with the browser's own session cookie, as a click would. */
    private byte[] download(WebDriver browser, String href, String type) throws Exception {
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
                type, answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        return answer.body();
    }
}
