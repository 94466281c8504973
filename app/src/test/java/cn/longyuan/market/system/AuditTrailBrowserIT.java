package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit trail (issue 17): coop-ningyuan changes a listing's price in her page; federation staff open the audit
 * page in Chromium, see the change (who, what, before → after), filter by user and kind; the REST call answers the
 * same entry and refuses wrong parameters with their field; a manager gets 403 on the page and the call.
 */
class AuditTrailBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void federationStaffSeeTheManagersPriceChangeAndFilterTheTrailByUser() {
        BackOfficeFixtures fixtures = new BackOfficeFixtures(app);
        String product = fixtures.ownProduct;
        String before =
                Http.json(Http.get(app.uri("api/v1/products/" + product))).getString("price");
        String after = before.equals("123.45") ? "123.46" : "123.45";

        WebDriver manager = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(manager, app, "coop-ningyuan");
            assertTrue(manager.findElements(By.id("nav-audit")).isEmpty(), "a manager has no audit link");
            setPrice(manager, product, after);
        } finally {
            manager.quit();
        }
        assertEquals(
                after,
                Http.json(Http.get(app.uri("api/v1/products/" + product))).getString("price"));

        WebDriver staff = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(staff, app, "federation");
            String link = staff.findElement(By.id("nav-audit")).getAttribute("href");
            assertTrue(link.contains("/admin/audit.xhtml"), link);
            staff.get(link);
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
            assertEquals("审计日志", staff.findElement(By.tagName("h1")).getText());
            // newest first: the manager's change is the first price change on the first page
            List<List<String>> rows = rows(staff);
            List<String> change = rows.stream()
                    .filter(r -> r.get(2).equals("修改价格"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no price change on the audit page: " + rows));
            assertEquals("coop-ningyuan", change.get(1));
            assertEquals("商品 " + product, change.get(3));
            assertEquals(before + " → " + after, change.get(4));
            Browser.screenshot(staff, "audit-zh");

            filter(staff, "coop-ningyuan", "PRICE_CHANGED");
            List<List<String>> hers = rows(staff);
            assertFalse(hers.isEmpty());
            assertEquals(
                    Set.of("coop-ningyuan"),
                    hers.stream().map(r -> r.get(1)).collect(Collectors.toSet()),
                    hers.toString());
            assertEquals(Set.of("修改价格"), hers.stream().map(r -> r.get(2)).collect(Collectors.toSet()), hers.toString());
            assertEquals(before + " → " + after, hers.get(0).get(4));
            Browser.screenshot(staff, "audit-filtered-zh");
            // the CSV export (the back office's export include) holds the filtered rows as the page shows them
            List<List<String>> csv = BackOfficeExportsBrowserIT.Csv.parse(new String(
                    BackOfficeExportsBrowserIT.export(staff, "audit:auditCsv"),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(List.of("时间", "用户", "操作", "对象", "变更（之前 → 之后）"), csv.getFirst());
            assertEquals(hers, csv.subList(1, csv.size()));

            filter(staff, "federation", "PRICE_CHANGED");
            List<List<String>> staffsOwn = rows(staff);
            assertTrue(staffsOwn.stream().noneMatch(r -> r.get(1).equals("coop-ningyuan")), staffsOwn.toString());

            // a wrong filter (an end before the start) is said on the page, not a failure; the table keeps the last
            // right one
            WebElement table = staff.findElement(By.id("audit:entries"));
            typeDay(staff, "audit:from_input", "2026-12-02");
            typeDay(staff, "audit:to_input", "2026-12-01");
            String typed =
                    "from " + staff.findElement(By.id("audit:from_input")).getDomProperty("value") + ", to "
                            + staff.findElement(By.id("audit:to_input")).getDomProperty("value");
            staff.findElement(By.id("audit:apply")).click();
            wait(staff).until(Browser.gone(table));
            String said = wait(staff)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("audit")))
                    .getText();
            assertTrue(said.contains("截止日期不能早于起始日期"), typed + ": " + said);
            assertTrue(
                    rows(staff).stream().noneMatch(r -> r.get(1).equals("coop-ningyuan")),
                    rows(staff).toString());
            Browser.screenshot(staff, "audit-refused-zh");
        } finally {
            staff.quit();
        }

        // in English: the same entry in the page's language
        WebDriver english = Browser.open("en");
        try {
            BackOfficePages.logIn(english, app, "federation");
            english.get(app.uri("admin/audit.xhtml").toString());
            wait(english).until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
            assertEquals("Audit trail", english.findElement(By.tagName("h1")).getText());
            List<String> change = rows(english).stream()
                    .filter(r -> r.get(2).equals("Price changed"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of("coop-ningyuan", "Price changed", "Product " + product, before + " → " + after),
                    change.subList(1, 5));
            Browser.screenshot(english, "audit-en");
        } finally {
            english.quit();
        }

        // the call answers the same entry, with before and after
        HttpResponse<String> call =
                BackOffice.get(app, "federation", "/api/v1/audit?user=coop-ningyuan&action=PRICE_CHANGED&size=5");
        assertEquals(200, call.statusCode(), call.body());
        JsonObject first = Http.json(call).getJsonArray("items").getJsonObject(0);
        assertEquals("coop-ningyuan", first.getString("actor"));
        assertEquals("product", first.getString("subjectType"));
        assertEquals(product, first.getString("subjectId"));
        assertEquals(before, first.getString("before"));
        assertEquals(after, first.getString("after"));
        for (String[] bad : new String[][] {
            {"from=2026-13-45", "from"},
            {"to=yesterday", "to"},
            {"from=2026-12-02&to=2026-12-01", "to"},
            {"action=DROP", "action"},
            {"user=" + "x".repeat(61), "user"},
            {"size=0", "size"},
            {"page=-1", "page"}
        }) {
            HttpResponse<String> refused = BackOffice.get(app, "federation", "/api/v1/audit?" + bad[0]);
            assertEquals(400, refused.statusCode(), bad[0] + " " + refused.body());
            JsonObject error = Http.json(refused);
            assertEquals("VALIDATION", error.getString("error"), refused.body());
            assertEquals(
                    bad[1], error.getJsonArray("violations").getJsonObject(0).getString("field"), refused.body());
            ApiErrors.assertNoStackTrace(refused);
        }

        // a manager: 403 on the page and on the call
        assertEquals(
                403,
                BackOffice.session(app, "coop-ningyuan").get("/audit.xhtml").statusCode());
        HttpResponse<String> forbidden = BackOffice.get(app, "coop-ningyuan", "/api/v1/audit");
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        assertEquals("FORBIDDEN", Http.json(forbidden).getString("error"));

        // the demo's price back (an entry of its own)
        WebDriver again = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(again, app, "coop-ningyuan");
            setPrice(again, product, before);
        } finally {
            again.quit();
        }
    }

    private void setPrice(WebDriver browser, String product, String price) {
        browser.get(app.uri("admin/listing.xhtml?product=" + product).toString());
        WebElement field = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:price")));
        field.clear();
        field.sendKeys(price);
        browser.findElement(By.id("listing:save")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    /** Types the user, chooses the kind ("" any) and presses the filter button; waits for the table to be drawn again. */
    private static void filter(WebDriver browser, String user, String action) {
        WebElement table = browser.findElement(By.id("audit:entries"));
        WebElement userField = browser.findElement(By.id("audit:user"));
        userField.clear();
        userField.sendKeys(user);
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('audit:action_input').value = arguments[0];", action);
        browser.findElement(By.id("audit:apply")).click();
        wait(browser).until(Browser.gone(table));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
    }

    /**
     * Types a day into a date picker and closes its calendar; waits until the field holds the day and no calendar
     * is open (the picker rewrites its field from its own model on change, and an open calendar lies over the
     * filter button), so the filter is pressed with both days really in place.
     */
    private static void typeDay(WebDriver browser, String id, String day) {
        wait(browser).until(driver -> {
            WebElement input = driver.findElement(By.id(id));
            if (!day.equals(input.getDomProperty("value"))) {
                input.clear();
                input.sendKeys(day);
            }
            input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            return day.equals(input.getDomProperty("value"))
                    && driver.findElements(By.cssSelector("div.ui-datepicker:not(.ui-datepicker-inline)")).stream()
                            .noneMatch(WebElement::isDisplayed);
        });
    }

    /** The table's rows as their cells' text: when, who, what, subject, change. */
    private static List<List<String>> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='audit:entries_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(AuditTrailBrowserIT::cellText)
                        .toList())
                .filter(cells -> cells.size() == 5)
                .toList();
    }

    /** A reflowing table's cell starts with its column's title (hidden on a wide screen): the cell's own text only. */
    private static String cellText(WebElement cell) {
        List<WebElement> title = cell.findElements(By.cssSelector(".ui-column-title"));
        String text = cell.getText();
        if (!title.isEmpty()
                && !title.get(0).getText().isEmpty()
                && text.startsWith(title.get(0).getText())) {
            text = text.substring(title.get(0).getText().length());
        }
        return text.strip();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
