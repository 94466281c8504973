package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new cooperative from its registration to its manager's first listing (issue 17), in Chromium: staff open an account
 * for a second member of staff (with a password she must change at once); the registrar cannot approve her own
 * registration; the second member of staff approves it and gets the new manager's set-password link; the manager sets
 * her password from it (once: the link is spent), signs in and lists her first product.
 */
class CooperativeOnboardingBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void aCooperativeGoesFromRegistrationThroughASecondStaffMembersApprovalToItsManagersFirstListing() {
        long n = System.nanoTime() % 1_000_000;
        String approver = "staff-shen" + n;
        String manager = "coop-caobian" + n;
        String cooperative = "双湾镇草编合作社" + n;
        String link;

        WebDriver staff = Browser.open("zh-CN");
        try {
            logIn(staff, "federation", BackOffice.DEMO_PASSWORD);
            staff.findElement(By.id("nav-accounts")).click();
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("create:username")));
            staff.findElement(By.id("create:username")).sendKeys(approver);
            staff.findElement(By.id("create:displayName")).sendKeys("沈干事");
            choose(staff, "create:role", "FEDERATION");
            staff.findElement(By.id("create:password")).sendKeys("given-password-1");
            staff.findElement(By.id("create:submit")).click();
            wait(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("role:accounts"), approver));
            assertTrue(
                    row(staff, approver).getText().contains("须修改密码"),
                    row(staff, approver).getText());
            Browser.screenshot(staff, "accounts-zh");

            staff.findElement(By.id("nav-cooperatives")).click();
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("register:nameZh")));
            staff.findElement(By.id("register:nameZh")).sendKeys(cooperative);
            staff.findElement(By.id("register:nameEn")).sendKeys("Shuangwan Straw Weaving " + n);
            staff.findElement(By.id("register:township")).sendKeys("双湾镇");
            staff.findElement(By.id("register:managerUsername")).sendKeys(manager);
            staff.findElement(By.id("register:managerName")).sendKeys("草编合作社 刘姐");
            staff.findElement(By.id("register:submit")).click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:cooperatives"), cooperative));
            assertTrue(
                    row(staff, cooperative).getText().contains("待审批"),
                    row(staff, cooperative).getText());

            // the registrar's own approval is refused, and says why
            row(staff, cooperative)
                    .findElement(By.cssSelector("button[id$=':approve']"))
                    .click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".ui-growl"), "须由另一位妇联工作人员审批"));
            Browser.screenshot(staff, "cooperative-four-eyes-zh");
            assertTrue(staff.findElements(By.id("manager-link")).isEmpty());
            staff.findElement(By.id("logout:submit")).click();
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));

            // the second member of staff must first choose her own password, then approves it
            logIn(staff, approver, "given-password-1");
            wait(staff).until(ExpectedConditions.urlContains("password.xhtml"));
            assertTrue(staff.getPageSource().contains("请先设置自己的密码"));
            staff.get(app.uri("admin/cooperatives.xhtml").toString());
            wait(staff).until(ExpectedConditions.urlContains("password.xhtml"));
            Browser.screenshot(staff, "password-must-change-zh");
            staff.findElement(By.id("password:currentPassword")).sendKeys("given-password-1");
            staff.findElement(By.id("password:newPassword")).sendKeys("shen-own-password-2");
            staff.findElement(By.id("password:repeated")).sendKeys("shen-own-password-2");
            staff.findElement(By.id("password:submit")).click();
            wait(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "密码已修改"));

            staff.findElement(By.id("nav-cooperatives")).click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:cooperatives"), cooperative));
            row(staff, cooperative)
                    .findElement(By.cssSelector("button[id$=':approve']"))
                    .click();
            WebElement issued = wait(staff).until(ExpectedConditions.visibilityOfElementLocated(By.id("manager-link")));
            link = issued.getText().strip();
            assertTrue(link.contains("/admin/set-password.xhtml?token="), link);
            assertTrue(
                    row(staff, cooperative).getText().contains("已批准"),
                    row(staff, cooperative).getText());
            Browser.screenshot(staff, "cooperative-approved-link-zh");
        } finally {
            staff.quit();
        }

        WebDriver newManager = Browser.open("en");
        try {
            newManager.get(link);
            wait(newManager).until(ExpectedConditions.presenceOfElementLocated(By.id("setPassword:newPassword")));
            assertTrue(newManager.getPageSource().contains(manager));
            newManager.findElement(By.id("setPassword:newPassword")).sendKeys("caobian-password-1");
            newManager.findElement(By.id("setPassword:repeated")).sendKeys("caobian-password-2");
            newManager.findElement(By.id("setPassword:submit")).click();
            wait(newManager)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("body"), "The two passwords differ"));
            Browser.screenshot(newManager, "set-password-en");
            newManager.findElement(By.id("setPassword:newPassword")).sendKeys("caobian-password-1");
            newManager.findElement(By.id("setPassword:repeated")).sendKeys("caobian-password-1");
            newManager.findElement(By.id("setPassword:submit")).click();
            wait(newManager).until(ExpectedConditions.presenceOfElementLocated(By.id("password-set")));

            logIn(newManager, manager, "caobian-password-1");
            assertTrue(newManager
                    .findElement(By.cssSelector(".user-name"))
                    .getText()
                    .contains(manager));

            // her first listing, of her own cooperative
            newManager.get(app.uri("admin/listing.xhtml").toString());
            wait(newManager).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:nameZh")));
            ((JavascriptExecutor) newManager)
                    .executeScript("document.getElementById('listing:craft_input').value = 'straw-weaving';");
            newManager.findElement(By.id("listing:nameZh")).sendKeys("草编果篮" + n);
            newManager.findElement(By.id("listing:nameEn")).sendKeys("Straw fruit basket");
            newManager.findElement(By.id("listing:price")).sendKeys("45.00");
            newManager
                    .findElement(By.cssSelector("[id='listing:descriptionZh'] .ql-editor"))
                    .sendKeys("麦秆手工编织。");
            newManager
                    .findElement(By.cssSelector("[id='listing:descriptionEn'] .ql-editor"))
                    .sendKeys("Hand woven.");
            newManager.findElement(By.id("listing:save")).click();
            wait(newManager).until(ExpectedConditions.urlContains("product="));
            Browser.screenshot(newManager, "first-listing-en");
            newManager.get(app.uri("admin/listings.xhtml").toString());
            // an English page names it in English; her cooperative has this one product and she sees no other's
            wait(newManager)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("body"), "Straw fruit basket"));
            assertEquals(
                    1,
                    newManager
                            .findElements(By.cssSelector("tbody[id$='_data'] > tr"))
                            .size());

            // the link was spent
            newManager.findElement(By.id("logout:submit")).click();
            wait(newManager).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            newManager.get(link);
            wait(newManager).until(ExpectedConditions.presenceOfElementLocated(By.id("invalid")));
            assertTrue(newManager.findElements(By.id("setPassword:newPassword")).isEmpty());
        } finally {
            newManager.quit();
        }
    }

    private void logIn(WebDriver browser, String user, String password) {
        browser.get(app.uri("admin/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** Picks an option of a PrimeFaces select menu by its value, as its hidden select holds it. */
    private static void choose(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0] + '_input').value = arguments[1];", id, value);
    }

    private static WebElement row(WebDriver browser, String text) {
        return browser.findElement(By.xpath("//tr[contains(., '" + text + "')]"));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
