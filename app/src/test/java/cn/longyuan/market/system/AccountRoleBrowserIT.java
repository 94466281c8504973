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
 * The accounts page's link and role editor, in Chromium (issue 17): staff open an account without a password and are
 * shown her set-password link once (gone after the next action); they make her a cooperative's manager, with the
 * cooperative, then federation staff, and the cooperative the field still holds does not go with that role.
 */
class AccountRoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private final RunningApp app = RunningApp.get();

    @Test
    void anAccountWithoutAPasswordGetsItsLinkOnceAndItsRoleChangesWithTheCooperativeOnlyForAManager() {
        String user = "role-sun" + System.nanoTime() % 1_000_000;
        WebDriver staff = Browser.open("zh-CN");
        try {
            logIn(staff, "federation", BackOffice.DEMO_PASSWORD);
            staff.get(app.uri("admin/accounts.xhtml").toString());
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("create:username")));
            staff.findElement(By.id("create:username")).sendKeys(user);
            staff.findElement(By.id("create:displayName")).sendKeys("孙经纪");
            choose(staff, "create:role", "BROKER");
            staff.findElement(By.id("create:submit")).click();

            // no password given: her one-time link, said to be hers
            WebElement link = wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("issued-link")));
            assertTrue(link.getText().contains("/set-password.xhtml?token="), link.getText());
            assertTrue(
                    staff.findElement(By.cssSelector(".issued-link")).getText().startsWith(user + " 的设置密码链接"),
                    staff.findElement(By.cssSelector(".issued-link")).getText());
            assertEquals("营销经纪人", cell(staff, user, 3));

            // a manager, of the cooperative chosen
            row(staff, user).findElement(By.cssSelector("[id$=':editRole']")).click();
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("role:roleEditor")));
            assertTrue(staff.findElement(By.id("role:roleEditor")).getText().contains(user));
            choose(staff, "role:newRole", "COOP_MANAGER");
            String cooperative = (String) ((JavascriptExecutor) staff)
                    .executeScript("var s = document.getElementById('role:cooperativeId_input'); s.selectedIndex = 1;"
                            + " return s.options[1].text;");
            staff.findElement(By.id("role:saveRole")).click();
            wait(staff)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".ui-growl"), user + " 的角色已更改。"));
            wait(staff).until(d -> "合作社负责人".equals(cell(d, user, 3)));
            assertEquals(cooperative, cell(staff, user, 4));
            assertTrue(staff.findElements(By.id("issued-link")).isEmpty(), "the link is shown once");
            assertTrue(staff.findElements(By.id("role:roleEditor")).isEmpty(), "the editor closes once saved");
            Browser.screenshot(staff, "account-role-manager-zh");

            // federation staff: the cooperative the editor opens with stays behind (clicked past the growl above it)
            ((JavascriptExecutor) staff)
                    .executeScript(
                            "arguments[0].click();", row(staff, user).findElement(By.cssSelector("[id$=':editRole']")));
            wait(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("role:roleEditor")));
            assertEquals(
                    cooperative,
                    ((JavascriptExecutor) staff)
                            .executeScript("var s = document.getElementById('role:cooperativeId_input');"
                                    + " return s.options[s.selectedIndex].text;"),
                    "the editor opens with her cooperative");
            choose(staff, "role:newRole", "FEDERATION");
            staff.findElement(By.id("role:saveRole")).click();
            wait(staff).until(d -> "妇联工作人员".equals(cell(d, user, 3)));
            assertEquals("", cell(staff, user, 4), "no cooperative goes with a role other than manager");
        } finally {
            staff.quit();
        }
    }

    private void logIn(WebDriver browser, String user, String password) {
        browser.get(app.uri("admin/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private static void choose(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0] + '_input').value = arguments[1];", id, value);
    }

    private static WebElement row(WebDriver browser, String username) {
        return wait(browser)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//*[@id='role:accounts']//tr[td[1][contains(., '" + username + "')]]")));
    }

    /** The row's cell's own text (without the column title a narrow screen shows). */
    private static String cell(WebDriver browser, String username, int column) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "var td = arguments[0].cells[arguments[1] - 1], c = td.cloneNode(true);"
                                + " c.querySelectorAll('.ui-column-title').forEach(t => t.remove());"
                                + " return c.textContent.trim();",
                        row(browser, username),
                        column);
    }

    /** A wait that reads again a row an ajax update replaced meanwhile (the table is redrawn after each change). */
    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }
}
