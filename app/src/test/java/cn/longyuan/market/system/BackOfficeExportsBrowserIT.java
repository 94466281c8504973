package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office's Excel and CSV exports (issue 7): a manager downloads her orders (CSV), her stock (Excel) and one
 * product's stock ledger (CSV), through the page's own export buttons, and each file holds exactly the table the page
 * shows — the same headers (so no column the page does not show, such as a buyer's phone) and the same rows; the
 * orders, paged on the page, with every row the list keeps.
 */
class BackOfficeExportsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void theOrdersAndStockExportsHoldWhatTheTablesShow() throws IOException {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");

            browser.get(app.uri("admin/orders.xhtml").toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("orderList:ordersCsv")));
            List<String> orderHeaders = headers(browser, "orderList:orders");
            List<List<String>> orderRows = rows(browser, "orderList:orders");
            assertFalse(orderRows.isEmpty(), "the demo cooperative has orders");
            // the page shows one page of them; the export holds every one ("1–25 / n")
            String report = browser.findElement(By.cssSelector("[id='orderList:orders'] .ui-paginator-current"))
                    .getText()
                    .strip();
            int total = Integer.parseInt(
                    report.substring(report.lastIndexOf('/') + 1).strip());
            Browser.screenshot(browser, "orders-exports-zh");
            byte[] ordersCsv = export(browser, "orderList:ordersCsv");
            keep("orders.csv", ordersCsv);
            List<List<String>> csv = Csv.parse(new String(ordersCsv, StandardCharsets.UTF_8));
            assertEquals(orderHeaders, csv.getFirst(), "the page's columns, none more");
            assertEquals(total, csv.size() - 1, "every row the list keeps, not only the page shown: " + report);
            for (int i = 0; i < orderRows.size(); i++) {
                List<String> shown = orderRows.get(i);
                List<String> exported = csv.get(i + 1);
                assertEquals(shown.get(0), exported.get(0), "order number");
                assertEquals(shown.get(2), exported.get(2), "status");
                assertEquals(shown.get(4).replace("¥", ""), exported.get(4), "total");
            }
            String all = new String(ordersCsv, StandardCharsets.UTF_8);
            assertFalse(all.contains("13912345678") || all.contains("13800000"), "no buyer's or artisan's phone");

            browser.get(app.uri("admin/stock.xhtml").toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("stockExport:stockXlsx")));
            List<String> stockHeaders = headers(browser, "products");
            List<List<String>> stockRows = rows(browser, "products");
            assertFalse(stockRows.isEmpty());
            byte[] xlsx = export(browser, "stockExport:stockXlsx");
            keep("stock.xlsx", xlsx);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                List<List<String>> cells = new ArrayList<>();
                DataFormatter format = new DataFormatter();
                for (Row row : sheet) {
                    List<String> line = new ArrayList<>();
                    for (int c = 0; c < stockHeaders.size(); c++) {
                        line.add(
                                row.getCell(c) == null
                                        ? ""
                                        : format.formatCellValue(row.getCell(c)).strip());
                    }
                    cells.add(line);
                }
                assertEquals(stockHeaders, cells.getFirst());
                assertEquals(stockRows.size(), cells.size() - 1);
                for (int i = 0; i < stockRows.size(); i++) {
                    // product, on hand, reserved, available as shown
                    assertEquals(
                            stockRows.get(i).subList(0, 4), cells.get(i + 1).subList(0, 4));
                }
            }

            // one product's ledger: the page is loaded again from the product the export form sends
            browser.findElement(By.cssSelector("[id='products'] tbody tr a")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("ledgerExport:stockLedgerCsv")));
            List<List<String>> ledgerRows = rows(browser, "movements");
            assertFalse(ledgerRows.isEmpty());
            List<List<String>> ledger =
                    Csv.parse(new String(export(browser, "ledgerExport:stockLedgerCsv"), StandardCharsets.UTF_8));
            assertEquals(headers(browser, "movements"), ledger.getFirst());
            // the ledger is a lazy table now (a page of rows at a time): the export holds every row, newest first,
            // and begins with the page shown
            assertTrue(ledger.size() - 1 >= ledgerRows.size(), ledger.size() + " rows exported");
            assertEquals(ledgerRows, ledger.subList(1, 1 + ledgerRows.size()));
        } finally {
            browser.quit();
        }
    }

    /**
     * The lazy tables' exports hold the words the page shows, not their model's field values (a course's level as its
     * code, both its names): the courses and the batches, row for row as the first page shows them.
     */
    @Test
    void theCoursesAndBatchesExportsSayWhatTheTablesShow() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            for (String[] page : new String[][] {
                {"admin/courses.xhtml", "courses:list", "courses:coursesCsv"},
                {"admin/batches.xhtml", "list:batches", "list:batchesCsv"}
            }) {
                browser.get(app.uri(page[0]).toString());
                wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(page[2])));
                List<String> shownHeaders = headers(browser, page[1]);
                List<List<String>> shown = rows(browser, page[1]);
                assertFalse(shown.isEmpty(), page[0]);
                List<List<String>> csv = Csv.parse(new String(export(browser, page[2]), StandardCharsets.UTF_8));
                int columns = csv.getFirst().size();
                // the batches' tag sheet link, the last column, is not exported
                assertEquals(shownHeaders.subList(0, columns), csv.getFirst(), page[0]);
                for (int i = 0; i < shown.size(); i++) {
                    assertEquals(shown.get(i).subList(0, columns), csv.get(i + 1), page[0] + " row " + i);
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCoursesTraineesAreExportedWithoutTheirRealNamesAndHouseholds() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "federation");
            browser.get(app.uri("admin/report.xhtml?from=2000-01-01").toString());
            wait(browser)
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='drill']")))
                    .click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("traineesExport:traineesCsv")));
            List<String> shownHeaders = headers(browser, "trainees");
            List<List<String>> shown = rows(browser, "trainees");
            assertFalse(shown.isEmpty());
            List<List<String>> csv =
                    Csv.parse(new String(export(browser, "traineesExport:traineesCsv"), StandardCharsets.UTF_8));
            // the page shows her real name (column 2) and household (column 4) to federation staff; the file leaves
            // them out
            List<String> expected = new ArrayList<>(shownHeaders);
            expected.remove(3);
            expected.remove(1);
            assertEquals(expected, csv.getFirst());
            assertEquals(shown.size(), csv.size() - 1);
            String file =
                    String.join("\n", csv.stream().map(r -> String.join(",", r)).toList());
            for (List<String> row : shown) {
                assertTrue(file.contains(row.get(0)), row.get(0));
                assertFalse(
                        !row.get(1).isBlank() && file.contains(row.get(1)), "real name " + row.get(1) + " exported");
            }
        } finally {
            browser.quit();
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    private static List<String> headers(WebDriver browser, String table) {
        return browser.findElements(By.cssSelector("[id='" + table + "'] thead th")).stream()
                .map(th -> th.getText().strip())
                .toList();
    }

    /** The table's rows as shown, cell by cell (none when it shows its empty message). */
    private static List<List<String>> rows(WebDriver browser, String table) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("[id='" + table + "'] tbody tr"))) {
            if (tr.getAttribute("class").contains("ui-datatable-empty-message")) {
                continue;
            }
            rows.add(tr.findElements(By.tagName("td")).stream()
                    .map(td -> td.getText().strip())
                    .toList());
        }
        return rows;
    }

    /**
     * Presses the export button as the browser would — the form posted with its view state and the button's name, in
     * the manager's session — and answers the file.
     */
    static byte[] export(WebDriver browser, String buttonId) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const button = document.getElementById(arguments[0]);
                const data = new URLSearchParams(new FormData(button.form));
                data.append(button.name, button.name);
                fetch(button.form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                    .then(buffer => {
                        let text = '';
                        new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                        done('OK' + btoa(text));
                    })
                    .catch(e => done('ERR' + e));
                """, buttonId);
        String result = String.valueOf(answer);
        assertTrue(result.startsWith("OK"), result);
        return Base64.getDecoder().decode(result.substring(2));
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("app.log.dir", "target"), "exports"));
        Files.write(dir.resolve(name), content);
    }

    /** Reads the CSV PrimeFaces writes: quoted values, "" for a quote, one record a line. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        value.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(value.toString().strip());
                    value.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    record.add(value.toString().strip());
                    value.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    value.append(c);
                }
            }
            if (value.length() > 0 || !record.isEmpty()) {
                record.add(value.toString().strip());
                records.add(record);
            }
            return records;
        }
    }
}
