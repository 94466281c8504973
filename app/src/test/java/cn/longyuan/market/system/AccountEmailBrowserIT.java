package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17, "low stock is also sent to the manager by mail": federation staff set a manager's e-mail address on the
 * accounts page (in Chinese; a bad address is refused next to the field) while she is signed in, and her session goes
 * on; she changes it herself on her password page (in English, a bad one refused next to the field; the page in
 * Chinese too); when a product of hers then falls below its threshold, the running application's low-stock mail
 * arrives at her new address at the SMTP server (GreenMail), and at no other.
 */
class AccountEmailBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final String BASE = "https://market.example.cn";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GIVEN = "given-password-1";
    private static final String OWN = "mail-manager-pass-2";
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.startAnother(
                Map.of(
                        "SMTP_HOST",
                        "localhost",
                        "SMTP_PORT",
                        Integer.toString(SMTP.getSmtp().getPort()),
                        "MAIL_FROM",
                        "stock@longyuan.example",
                        "PUBLIC_BASE_URL",
                        BASE),
                null,
                "app-account-email.log");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void staffSetAManagersAddressSheChangesItAndHerLowStockMailArrivesThere() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String manager = "mail-mgr" + n;
        String byStaff = "wang." + n + "@coop.example";
        String herOwn = "li." + n + "@coop.example";
        HttpResponse<String> created = api(
                "federation",
                BackOffice.DEMO_PASSWORD,
                "POST",
                "/api/v1/accounts",
                "{\"username\": \"" + manager + "\", \"displayName\": \"邮件经理\", \"role\": \"COOP_MANAGER\", "
                        + "\"cooperativeId\": \"" + ningyuan() + "\", \"password\": \"" + GIVEN + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(Http.json(created).getJsonObject("account").containsKey("email"), "no address yet");
        HttpResponse<String> own = api(
                manager,
                GIVEN,
                "POST",
                "/api/v1/account/password",
                "{\"currentPassword\": \"" + GIVEN + "\", \"newPassword\": \"" + OWN + "\"}");
        assertEquals(200, own.statusCode(), own.body());

        WebDriver her = Browser.open("en");
        WebDriver staff = Browser.open("zh-CN");
        try {
            logIn(her, manager, OWN);
            logIn(staff, "federation", BackOffice.DEMO_PASSWORD);

            // staff, in Chinese: a bad address is refused next to the field, a good one is kept and listed
            staff.get(app.uri("admin/accounts.xhtml").toString());
            row(staff, manager)
                    .findElement(By.cssSelector("[id$=':editEmail']"))
                    .click();
            WebElement field = wait(staff).until(ExpectedConditions.elementToBeClickable(By.id("address:email")));
            field.sendKeys("wang@coop");
            staff.findElement(By.id("address:saveEmail")).click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("form[id='address'] .field-error"), "请填写有效的电子邮箱"));
            Browser.screenshot(staff, "account-email-refused-zh");
            Accessibility.assertNoSeriousViolations(staff, "accounts page with the e-mail editor");
            field = staff.findElement(By.id("address:email"));
            field.clear();
            field.sendKeys(byStaff);
            staff.findElement(By.id("address:saveEmail")).click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[id='role:accounts']"), byStaff));
            assertTrue(
                    row(staff, manager).getText().contains(byStaff),
                    row(staff, manager).getText());
            assertTrue(staff.getPageSource().contains(manager + " 的电子邮箱已保存。"));
            Browser.screenshot(staff, "account-email-set-zh");

            // she is still signed in, and her password page shows the address staff set
            her.get(app.uri("admin/password.xhtml").toString());
            field = wait(her).until(ExpectedConditions.presenceOfElementLocated(By.id("address:email")));
            assertTrue(her.findElements(By.id("logout")).size() == 1, "a new address does not end her session");
            assertEquals(byStaff, field.getAttribute("value"));
            assertEquals(
                    "My e-mail address", her.findElement(By.id("email-title")).getText());

            // in English: a bad address is refused next to the field, and a wrong password too
            field.clear();
            field.sendKeys("li at coop.example");
            her.findElement(By.id("address:currentPassword")).sendKeys(OWN);
            her.findElement(By.id("address:submit")).click();
            wait(her)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("form[id='address'] .field-error"), "Enter a valid e-mail address"));
            assertEquals(
                    "li at coop.example",
                    her.findElement(By.id("address:email")).getAttribute("value"));
            Browser.screenshot(her, "password-email-refused-en");
            Accessibility.assertNoSeriousViolations(her, "password page with a refused e-mail address");
            field = her.findElement(By.id("address:email"));
            field.clear();
            field.sendKeys(herOwn);
            her.findElement(By.id("address:currentPassword")).sendKeys("not-my-password-9");
            her.findElement(By.id("address:submit")).click();
            wait(her)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("form[id='address'] .field-error"), "This is not your current password."));
            field = her.findElement(By.id("address:email"));
            field.clear();
            field.sendKeys(herOwn);
            her.findElement(By.id("address:currentPassword")).sendKeys(OWN);
            her.findElement(By.id("address:submit")).click();
            wait(her).until(d -> d.getPageSource().contains("Your e-mail address was saved."));
            assertEquals(herOwn, her.findElement(By.id("address:email")).getAttribute("value"));
            Browser.screenshot(her, "password-email-saved-en");
        } finally {
            staff.quit();
            her.quit();
        }

        // the same page in Chinese
        WebDriver chinese = Browser.open("zh-CN", 375, 812);
        try {
            logIn(chinese, manager, OWN);
            chinese.get(app.uri("admin/password.xhtml").toString());
            WebElement field = wait(chinese).until(ExpectedConditions.presenceOfElementLocated(By.id("address:email")));
            assertEquals("我的电子邮箱", chinese.findElement(By.id("email-title")).getText());
            assertEquals(herOwn, field.getAttribute("value"));
            field.clear();
            field.sendKeys("李@合作社");
            chinese.findElement(By.id("address:currentPassword")).sendKeys(OWN);
            chinese.findElement(By.id("address:submit")).click();
            wait(chinese)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("form[id='address'] .field-error"), "请填写有效的电子邮箱"));
            Browser.screenshot(chinese, "password-email-refused-375-zh");
        } finally {
            chinese.quit();
        }

        JsonObject account =
                Http.jsonArray(api("federation", BackOffice.DEMO_PASSWORD, "GET", "/api/v1/accounts", null)).stream()
                        .filter(a -> a.getString("username").equals(manager))
                        .findFirst()
                        .orElseThrow();
        assertEquals(herOwn, account.getString("email"), "the refused address changed nothing");
        List<String> audited = Http.json(api(
                        "federation",
                        BackOffice.DEMO_PASSWORD,
                        "GET",
                        "/api/v1/audit?action=ACCOUNT_EMAIL_CHANGED&lang=zh",
                        null))
                .getJsonArray("items")
                .stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getString("detail").startsWith(manager + ": "))
                .map(e -> e.getString("actor") + " " + e.getString("detail") + " | " + e.getString("changeText"))
                .toList();
        assertEquals(
                List.of(
                        manager + " " + manager + ": " + byStaff + " → " + herOwn + " | " + manager + "：" + byStaff
                                + " → " + herOwn,
                        "federation " + manager + ": none → " + byStaff + " | " + manager + "：无 → " + byStaff),
                audited,
                "both changes audited, newest first, and said in Chinese");
        WebDriver auditor = Browser.open("zh-CN");
        try {
            logIn(auditor, "federation", BackOffice.DEMO_PASSWORD);
            auditor.get(app.uri("admin/audit.xhtml").toString());
            wait(auditor).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".audit-change")));
            List<String> changes = auditor.findElements(By.cssSelector(".audit-change")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(
                    changes.contains(manager + "：无 → " + byStaff)
                            && changes.contains(manager + "：" + byStaff + " → " + herOwn),
                    "the audit page says the changes in Chinese: " + changes);
            Browser.screenshot(auditor, "audit-account-email-zh");
        } finally {
            auditor.quit();
        }

        // a product of hers falls below its threshold: the mail goes to her address
        List<JsonObject> stock = Http.jsonArray(api(manager, OWN, "GET", "/api/v1/stock?lang=zh", null));
        WebDriver browser = Browser.open("zh-CN");
        JsonObject product;
        int available;
        try {
            logIn(browser, manager, OWN);
            browser.get(app.uri("admin/stock-tasks.xhtml?tab=thresholds").toString());
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("thresholds:list")));
            WebElement row = null;
            product = null;
            for (WebElement tr : browser.findElements(By.cssSelector("[id='thresholds:list'] tbody tr"))) {
                List<WebElement> cells = tr.findElements(By.tagName("td"));
                product = cells.size() < 3
                        ? null
                        : stock.stream()
                                .filter(p ->
                                        p.getString("name").equals(cells.get(0).getText()))
                                .filter(p -> p.getInt("available") >= 2)
                                .findFirst()
                                .orElse(null);
                if (product != null) {
                    row = tr;
                    break;
                }
            }
            assertTrue(row != null, "a product of Ningyuan with 2 pieces available on the thresholds' first page");
            available = product.getInt("available");
            WebElement input = row.findElement(By.cssSelector("input[id$=':threshold']"));
            input.clear();
            input.sendKeys(Integer.toString(available));
            row.findElement(By.cssSelector("[id$=':saveThreshold']")).click();
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-item")));
        } finally {
            browser.quit();
        }
        JsonObject place = product.getJsonArray("locations").stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getInt("available") >= 1)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> adjusted = api(
                manager,
                OWN,
                "POST",
                "/api/v1/stock-adjustments",
                "{\"productId\": \"" + product.getString("productId") + "\", \"locationId\": \""
                        + place.getString("locationId") + "\", \"delta\": -1, \"reason\": \"破损\"}");
        assertTrue(adjusted.statusCode() < 300, adjusted.statusCode() + " " + adjusted.body());

        MimeMessage mail = ReceivedMail.awaitTo(SMTP, herOwn, "app-account-email.log");
        assertEquals("库存不足 Low stock: " + product.getString("name"), mail.getSubject());
        assertEquals("stock@longyuan.example", mail.getFrom()[0].toString());
        String body = mail.getContent().toString();
        assertTrue(body.contains(BASE + "/admin/stock.xhtml?product=" + product.getString("productId")), body);
        assertTrue(body.contains("只剩 " + (available - 1) + " 件可售"), body);
        assertEquals(List.of(), ReceivedMail.to(SMTP, byStaff), "the address she replaced gets nothing");
        assertEquals(1, ReceivedMail.to(SMTP, herOwn).size(), "one crossing, one mail");
    }

    private static String ningyuan() {
        return Http.jsonArray(api("federation", BackOffice.DEMO_PASSWORD, "GET", "/api/v1/accounts", null)).stream()
                .filter(a -> a.getString("username").equals("coop-ningyuan"))
                .findFirst()
                .orElseThrow()
                .getString("cooperativeId");
    }

    private static HttpResponse<String> api(String user, String password, String method, String path, String body) {
        return Http.send(HttpRequest.newBuilder(app.uri("admin" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", BackOffice.basic(user, password))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void logIn(WebDriver browser, String user, String password) {
        browser.get(app.uri("admin/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private static WebElement row(WebDriver browser, String username) {
        return wait(browser)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//*[@id='role:accounts']//tr[td[1][contains(., '" + username + "')]]")));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
