package cn.longyuan.market.system;

import static cn.longyuan.market.system.ShopPages.text;
import static cn.longyuan.market.system.ShopPages.waitIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A "必填 / required" message next to a field goes once she fills that field, while the other fields' messages stay
 * (checkout's contact and address in Chinese at desktop width, its address abroad, login and registration in English
 * on a 375 px phone); the checkout's country is a list of names in the page's language, China first, and its summary
 * says the delivery rule of the country chosen.
 */
class RequiredMessagesBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void onTheCheckoutTheFilledFieldsMessageGoesAndTheOthersStayAndTheCountryIsChosenByName() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);

            Select country = new Select(browser.findElement(By.id("checkout:country")));
            List<WebElement> options = country.getOptions();
            assertEquals("CN", options.get(0).getAttribute("value"));
            assertEquals("中国", options.get(0).getText().strip());
            assertEquals("中国", country.getFirstSelectedOption().getText().strip(), "China is chosen at first");
            assertTrue(options.size() > 200, "every country: " + options.size());
            assertTrue(
                    options.stream()
                            .anyMatch(o -> o.getText().strip().equals("德国")
                                    && o.getAttribute("value").equals("DE")),
                    "named in Chinese, the code as the value");

            assertTrue(
                    text(browser, "checkout:summary").contains("运费 ¥12.00，满 ¥199.00 包邮"),
                    "within China the domestic rule: " + text(browser, "checkout:summary"));
            ShopPages.placeOrder(browser);
            for (String field : List.of("name", "phone", "province", "city", "addressLine")) {
                assertTrue(
                        text(browser, "checkout:" + field + "Message").contains("必填"),
                        field + ": " + text(browser, "checkout:" + field + "Message"));
            }
            Browser.screenshot(browser, "shop-checkout-required-zh");

            browser.findElement(By.id("checkout:name")).sendKeys("王芳");
            waitIn(browser).until(d -> text(d, "checkout:nameMessage").isEmpty());
            assertFalse(
                    browser.findElement(By.id("checkout:name"))
                            .getAttribute("class")
                            .contains("ui-state-error"),
                    "the field is no longer marked");
            assertTrue(text(browser, "checkout:phoneMessage").contains("必填"), "the phone's message stays");
            assertTrue(text(browser, "checkout:addressLineMessage").contains("必填"), "the address's message stays");
            Browser.screenshot(browser, "shop-checkout-required-one-filled-zh");

            // the address: the province chosen (its cities are loaded), then the street typed, one message at a time
            ShopPages.choose(browser, "checkout:province", "甘肃省");
            waitIn(browser).until(d -> text(d, "checkout:provinceMessage").isEmpty());
            waitIn(browser)
                    .until(d -> d.findElements(By.cssSelector("[id='checkout:city'] option[value='兰州市']"))
                                    .size()
                            == 1);
            assertTrue(
                    text(browser, "checkout:cityMessage").contains("必填"),
                    "no city chosen yet: its message stays while her province's cities are loaded");
            ShopPages.choose(browser, "checkout:city", "兰州市");
            assertTrue(text(browser, "checkout:addressLineMessage").contains("必填"), "the street's message stays");
            waitIn(browser).until(d -> text(d, "checkout:cityMessage").isEmpty());
            browser.findElement(By.id("checkout:addressLine")).sendKeys("东岗西路 120 号");
            waitIn(browser).until(d -> text(d, "checkout:addressLineMessage").isEmpty());
            assertTrue(text(browser, "checkout:phoneMessage").contains("必填"), "the phone's message still stays");
            Browser.screenshot(browser, "shop-checkout-address-filled-zh");

            // a parcel abroad: the country by its name, the province becomes a field to type in, and the summary
            // says the rule abroad (a flat fee per parcel, never free), not China's
            ShopPages.choose(browser, "checkout:country", "DE");
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:provinceText")));
            assertEquals(
                    "德国",
                    new Select(browser.findElement(By.id("checkout:country")))
                            .getFirstSelectedOption()
                            .getText()
                            .strip());
            waitIn(browser).until(d -> text(d, "checkout:summary").contains("寄往中国境外"));
            String summary = text(browser, "checkout:summary");
            assertTrue(summary.contains("每个包裹运费 ¥90.00，不包邮"), summary);
            assertFalse(summary.contains("包邮。") && summary.contains("满 ¥199.00"), "not China's rule: " + summary);
            assertEquals("¥90.00", text(browser, "summary-delivery"), "the fee the rule says");
            Browser.screenshot(browser, "shop-checkout-country-de-zh");
        } finally {
            browser.quit();
        }
    }

    @Test
    void onTheCheckoutOnAPhoneInEnglishTheAddressAbroadsMessagesGoOneByOneAndTheRuleAbroadIsSaid() {
        WebDriver browser = Browser.open("en", 375, 800);
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            assertTrue(
                    text(browser, "checkout:summary").contains("delivery ¥12.00, free from ¥199.00"),
                    text(browser, "checkout:summary"));

            ShopPages.choose(browser, "checkout:country", "FR");
            waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:provinceText")));
            waitIn(browser).until(d -> text(d, "checkout:summary").contains("outside China"));
            String summary = text(browser, "checkout:summary");
            assertTrue(summary.contains("outside China, delivery ¥90.00 per parcel, never free"), summary);
            assertFalse(summary.contains("free from"), "not China's rule: " + summary);
            assertEquals("¥90.00", text(browser, "summary-delivery"));

            ShopPages.placeOrder(browser);
            for (String field : List.of("name", "provinceText", "cityText", "addressLine")) {
                assertTrue(
                        text(browser, "checkout:" + field + "Message").contains("Required"),
                        field + ": " + text(browser, "checkout:" + field + "Message"));
            }
            assertTrue(text(browser, "checkout:summary").contains("outside China"), "still the rule abroad");
            Browser.screenshot(browser, "shop-checkout-abroad-required-en-375");

            browser.findElement(By.id("checkout:provinceText")).sendKeys("Île-de-France");
            waitIn(browser).until(d -> text(d, "checkout:provinceTextMessage").isEmpty());
            assertTrue(text(browser, "checkout:cityTextMessage").contains("Required"), "the city's message stays");
            browser.findElement(By.id("checkout:cityText")).sendKeys("Paris");
            waitIn(browser).until(d -> text(d, "checkout:cityTextMessage").isEmpty());
            browser.findElement(By.id("checkout:addressLine")).sendKeys("12 rue de Rivoli");
            waitIn(browser).until(d -> text(d, "checkout:addressLineMessage").isEmpty());
            assertTrue(text(browser, "checkout:nameMessage").contains("Required"), "the name's message stays");
            assertTrue(ShopPages.scrollWidth(browser) <= ShopPages.viewportWidth(browser), "no sideways scrolling");
            Browser.screenshot(browser, "shop-checkout-abroad-address-filled-en-375");
        } finally {
            browser.quit();
        }
    }

    @Test
    void onLoginAndRegistrationOnAPhoneInEnglishOnlyTheFilledFieldsMessageGoes() {
        WebDriver browser = Browser.open("en", 375, 800);
        try {
            browser.get(app.uri("login").toString());
            WebElement submit = browser.findElement(By.id("login:submit"));
            submit.click();
            waitIn(browser).until(Browser.gone(submit));
            assertFalse(text(browser, "login:loginNameMessage").isEmpty(), "a message for the empty login");
            String passwordMessage = text(browser, "login:passwordMessage");
            assertFalse(passwordMessage.isEmpty(), "a message for the empty password");
            Browser.screenshot(browser, "shop-login-required-en-375");

            browser.findElement(By.id("login:loginName")).sendKeys("someone@example.com");
            waitIn(browser).until(d -> text(d, "login:loginNameMessage").isEmpty());
            assertEquals(passwordMessage, text(browser, "login:passwordMessage"), "the password's message stays");
            Browser.screenshot(browser, "shop-login-required-one-filled-en-375");

            browser.get(app.uri("register").toString());
            WebElement register = browser.findElement(By.id("register:submit"));
            register.click();
            waitIn(browser).until(Browser.gone(register));
            String loginMessage = text(browser, "register:loginMessage");
            assertTrue(loginMessage.contains("Required"), loginMessage);
            assertTrue(text(browser, "register:displayNameMessage").contains("Required"));

            browser.findElement(By.id("register:displayName")).sendKeys("Anna");
            waitIn(browser).until(d -> text(d, "register:displayNameMessage").isEmpty());
            assertEquals(loginMessage, text(browser, "register:loginMessage"), "the login's message stays");
            Browser.screenshot(browser, "shop-register-required-one-filled-en-375");
        } finally {
            browser.quit();
        }
    }
}
