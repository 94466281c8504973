package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16, account recovery: a buyer who forgot her password asks for a link on the login page, reads it in the
 * mail the running application sends to an SMTP server (GreenMail), sets a new password with it and logs in; the
 * link works once; an address without an account gets the same answer and no mail. Logged in, she changes her
 * password (only with the current one) and her e-mail address, and logs in with the new ones.
 */
class PasswordResetBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final String BASE = "https://shop.example.cn";
    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(BASE) + "/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String FIRST = "gansu-crafts-2026";
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
                        "accounts@longyuan.example",
                        "PUBLIC_BASE_URL",
                        BASE),
                null,
                "app-password-reset.log");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aBuyerResetsHerForgottenPasswordFromTheMailOnAPhone() throws Exception {
        String email = "forgetful-" + System.nanoTime() + "@example.cn";
        register(email).quit();

        WebDriver browser = Browser.open("en", 375, 812);
        try {
            browser.get(app.uri("login.xhtml").toString());
            browser.findElement(By.id("login:toForgot")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("forgot:email")));
            assertEquals(
                    "Reset your password", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.id("forgot:email")).sendKeys(email.toUpperCase());
            submit(browser, "forgot:submit");
            String answer = waitIn(browser)
                    .until(d -> d.findElement(By.id("reset-sent")))
                    .getText();
            assertTrue(answer.contains("If this address has an account"), answer);
            assertTrue(
                    ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser),
                    "no sideways scrolling on a phone");
            Browser.screenshot(browser, "password-forgot-sent-375-en");

            // an address without an account: the very same answer, and no mail
            String nobody = "nobody-" + System.nanoTime() + "@example.cn";
            browser.get(app.uri("forgot-password.xhtml").toString());
            browser.findElement(By.id("forgot:email")).sendKeys(nobody);
            submit(browser, "forgot:submit");
            assertEquals(
                    answer,
                    waitIn(browser)
                            .until(d -> d.findElement(By.id("reset-sent")))
                            .getText());

            MimeMessage mail = ReceivedMail.awaitTo(SMTP, email, "app-password-reset.log");
            assertEquals("Longyuan Skilled Hands Market: set a new password", mail.getSubject());
            assertEquals("accounts@longyuan.example", mail.getFrom()[0].toString());
            String body = (String) mail.getContent();
            Matcher link = LINK.matcher(body);
            assertTrue(link.find(), body);
            assertTrue(body.contains("works once"), body);

            browser.get(app.uri("reset-password.xhtml?token=" + link.group(1)).toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("reset:password")));
            browser.findElement(By.id("reset:password")).sendKeys("short");
            browser.findElement(By.id("reset:passwordAgain")).sendKeys("short");
            submit(browser, "reset:submit");
            assertTrue(waitIn(browser)
                    .until(d -> d.findElement(By.id("reset:passwordMessage")))
                    .getText()
                    .contains("at least"));
            String chosen = "a new start in Jinchang";
            browser.findElement(By.id("reset:password")).sendKeys(chosen);
            browser.findElement(By.id("reset:passwordAgain")).sendKeys(chosen);
            Browser.screenshot(browser, "password-reset-375-en");
            submit(browser, "reset:submit");
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login:password-reset-done")));

            assertFalse(logIn(browser, email, FIRST), "the old password no longer opens the account");
            assertTrue(logIn(browser, email, chosen));

            // the link is spent
            browser.get(app.uri("reset-password.xhtml?token=" + link.group(1)).toString());
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("reset-unusable")));
            assertTrue(browser.findElements(By.id("reset:password")).isEmpty());
            assertEquals(List.of(), ReceivedMail.to(SMTP, nobody));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aLoggedInBuyerChangesHerPasswordWithTheCurrentOneAndHerEmail() throws Exception {
        String email = "mover-" + System.nanoTime() + "@example.cn";
        String moved = "moved-" + System.nanoTime() + "@example.cn";
        WebDriver browser = register(email);
        try {
            browser.findElement(By.id("nav-security")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("password:currentPassword")));
            assertTrue(text(browser, "current-login").contains(email), text(browser, "current-login"));

            browser.findElement(By.id("password:currentPassword")).sendKeys("not my password");
            browser.findElement(By.id("password:newPassword")).sendKeys("second password 2026");
            browser.findElement(By.id("password:newPasswordAgain")).sendKeys("second password 2026");
            submit(browser, "password:submit");
            assertEquals(
                    "当前密码不正确。",
                    waitIn(browser)
                            .until(d -> d.findElement(By.id("password:currentPasswordMessage")))
                            .getText());

            browser.findElement(By.id("password:currentPassword")).sendKeys(FIRST);
            browser.findElement(By.id("password:newPassword")).sendKeys("second password 2026");
            browser.findElement(By.id("password:newPasswordAgain")).sendKeys("second password 2026");
            submit(browser, "password:submit");
            waitIn(browser).until(d -> d.getPageSource().contains("密码已更改。"));

            browser.findElement(By.id("email:newEmail")).sendKeys(moved);
            browser.findElement(By.id("email:emailPassword")).sendKeys("second password 2026");
            submit(browser, "email:submit");
            waitIn(browser)
                    .until(d -> d.findElement(By.id("current-login")).getText().contains(moved));
            Browser.screenshot(browser, "account-security-zh");
            // her session follows the new login: her pages still open
            browser.findElement(By.id("nav-orders")).click();
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-security")));
        } finally {
            browser.quit();
        }
        WebDriver again = Browser.open("zh-CN");
        try {
            assertFalse(logIn(again, email, "second password 2026"), "the old address is no login any more");
            assertTrue(logIn(again, moved, "second password 2026"));
        } finally {
            again.quit();
        }
    }

    /** Clicks a button that posts the whole page and waits for the answer to replace it. */
    private static void submit(WebDriver browser, String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        waitIn(browser).until(Browser.gone(button));
    }

    /** Registers her in a browser of her own; answers it, logged in (the caller quits it). */
    private WebDriver register(String email) {
        WebDriver browser = Browser.open("zh-CN");
        browser.get(app.uri("register.xhtml").toString());
        browser.findElement(By.id("register:login")).sendKeys(email);
        browser.findElement(By.id("register:displayName")).sendKeys("王芳");
        browser.findElement(By.id("register:password")).sendKeys(FIRST);
        browser.findElement(By.id("register:passwordAgain")).sendKeys(FIRST);
        browser.findElement(By.id("register:submit")).click();
        waitIn(browser).until(ExpectedConditions.urlContains("/account/orders"));
        return browser;
    }

    /** Logs in on a fresh login page; answers whether it worked (then logs out again by dropping the cookies). */
    private static boolean logIn(WebDriver browser, String login, String password) {
        browser.get(app.uri("login.xhtml").toString());
        browser.manage().deleteAllCookies();
        browser.get(app.uri("login.xhtml").toString());
        browser.findElement(By.id("login:loginName")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = browser.findElement(By.id("login:submit"));
        submit.click();
        waitIn(browser).until(Browser.gone(submit));
        boolean in = browser.getCurrentUrl().contains("/account/orders");
        browser.manage().deleteAllCookies();
        return in;
    }
}
