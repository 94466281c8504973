package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

class HomePagesBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void theShopHomePageOpensInChineseByDefault() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.baseUri().toString());

            assertEquals("陇原巧手集市", browser.getTitle());
            assertEquals("甘肃乡村女性的手工作品", browser.findElement(By.tagName("h1")).getText());
            assertEquals(5, browser.findElements(By.cssSelector("ol.chain li")).size());
            Browser.screenshot(browser, "shop-home-zh");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theShopHomePageSpeaksEnglishToAnEnglishBrowser() {
        WebDriver browser = Browser.open("en");
        try {
            browser.get(app.baseUri().toString());

            assertEquals("Longyuan Skilled Hands Market", browser.getTitle());
            assertEquals(
                    "Handicrafts by rural women of Gansu",
                    browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theBackOfficeLoginPageHasLabelledFields() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("admin/login.xhtml").toString());

            assertEquals("登录", browser.findElement(By.tagName("h1")).getText());
            WebElement user = browser.findElement(By.id("login:username"));
            WebElement password = browser.findElement(By.id("login:password"));
            assertEquals("password", password.getAttribute("type"));
            assertTrue(browser.findElement(By.cssSelector("label[for='login:username']"))
                    .getText()
                    .contains("用户名"));
            assertTrue(user.isDisplayed());
            Browser.screenshot(browser, "admin-login-zh");
        } finally {
            browser.quit();
        }
    }
}
