package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One language per back-office page (issue 17): the 中文 / English switch on every page, login included, kept in
 * the {@code lang} cookie; and the main pages of a manager, federation staff and a broker, walked in English and in
 * Chinese, hold no text of the other language in their visible body. Data cells (a table's body cells, a list's
 * options), the user's name in the header, a person's name the page marks ({@code class="person"}) and the switch
 * itself are left out: they hold names and people's own words.
 */
class BackOfficeLanguageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(25);

    /** Any Chinese character: none may stand on an English page outside the data cells. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    /** An English word of three letters or more: none on a Chinese page but these names of things. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final Set<String> NAMES_ON_CHINESE_PAGES = Set.of("PDF", "Excel", "CSV", "Stripe", "English");

    /**
     * The visible texts of the page outside the data cells: its text nodes and the labels of its buttons, each
     * only when the browser shows it.
     */
    private static final String VISIBLE_TEXTS = """
            const skip = 'script, style, noscript, tbody td, option, .user-name, .person, #language';
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const text = walker.currentNode.nodeValue.trim();
              const element = walker.currentNode.parentElement;
              if (text && !element.closest(skip) && element.checkVisibility()) out.push(text);
            }
            document.querySelectorAll('input[type=submit], input[type=button], input[placeholder]').forEach(e => {
              if (!e.closest(skip) && e.checkVisibility()) out.push(e.value || e.placeholder);
            });
            return out;""";

    private static final Map<String, List<String>> PAGES = Map.of(
            "coop-ningyuan",
            List.of(
                    "index",
                    "stock",
                    "orders",
                    "parts",
                    "requests",
                    "listings",
                    "income",
                    "artisans",
                    "courses",
                    "batches",
                    "stock-tasks",
                    "dispatch",
                    "password"),
            "federation",
            List.of("report", "cooperatives", "accounts", "audit", "payments", "desk", "quotes", "commissions"),
            "broker-li",
            List.of("desk", "phone-order", "quotes", "commissions"));

    private final RunningApp app = RunningApp.get();

    @Test
    void theSwitchChangesEveryPageFromTheLoginOnAndTheChoiceIsKept() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            browser.get(app.uri("admin/login.xhtml").toString());
            assertEquals("zh", language(browser), "a Chinese browser gets Chinese");
            assertTrue(text(browser, "login").contains("登录"), text(browser, "login"));
            browser.findElement(By.id("language:en")).click();
            wait(browser).until(b -> "en".equals(language(b)));
            assertTrue(browser.getCurrentUrl().endsWith("/admin/login.xhtml"), "back to the page without ?setlang");
            String login = text(browser, "login");
            assertNoChinese("login (switched)", List.of(login));
            Browser.screenshot(browser, "admin-language-login-en");

            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            assertEquals("en", language(browser), "the choice outlives the login");
            browser.get(app.uri("admin/stock.xhtml").toString());
            assertEquals("en", language(browser), "and holds on the next page");
            // the demo's products have English names: the English page names them in English
            List<String> products = browser.findElements(By.cssSelector("[id$='products_data'] td a")).stream()
                    .map(a -> a.getText())
                    .toList();
            assertTrue(!products.isEmpty() && foreign(CJK, products, Set.of()).isEmpty(), products.toString());
            browser.findElement(By.id("language:zh")).click();
            wait(browser).until(b -> "zh".equals(language(b)));
            assertTrue(browser.getCurrentUrl().endsWith("/admin/stock.xhtml"), browser.getCurrentUrl());
            browser.get(app.uri("admin/orders.xhtml").toString());
            assertEquals("zh", language(browser));
            Browser.screenshot(browser, "admin-language-orders-zh");
        } finally {
            browser.quit();
        }

        WebDriver english = Browser.open("en");
        try {
            english.get(app.uri("admin/login.xhtml").toString());
            assertEquals("en", language(english), "an English browser gets English until she chooses");
            assertTrue(english.findElements(By.id("language:zh")).size() == 1, "and the way to Chinese");
        } finally {
            english.quit();
        }
    }

    @Test
    void theMainPagesHoldNoTextOfTheOtherLanguage() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "zh-CN")) {
            for (Map.Entry<String, List<String>> user : PAGES.entrySet()) {
                WebDriver browser = Browser.open(language);
                try {
                    BackOfficePages.logIn(browser, app, user.getKey());
                    for (String page : user.getValue()) {
                        browser.get(app.uri("admin/" + page + ".xhtml").toString());
                        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
                        String shown = language(browser);
                        List<String> texts = visibleTexts(browser);
                        if (language.equals("en")) {
                            assertEquals("en", shown, page);
                            foreign(CJK, texts, Set.of()).forEach(t -> found.add("en " + page + ": " + t));
                        } else {
                            assertEquals("zh", shown, page);
                            foreign(ENGLISH_WORD, texts, NAMES_ON_CHINESE_PAGES)
                                    .forEach(t -> found.add("zh " + page + ": " + t));
                        }
                        Browser.screenshot(browser, "admin-language-" + page + "-" + user.getKey() + "-" + shown);
                    }
                } finally {
                    browser.quit();
                }
            }
        }
        assertTrue(found.isEmpty(), "texts of the other language:\n" + String.join("\n", found));
    }

    /** The texts holding a match of the pattern that is not one of the allowed words. */
    private static List<String> foreign(Pattern pattern, List<String> texts, Set<String> allowed) {
        List<String> foreign = new ArrayList<>();
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!allowed.contains(m.group())) {
                    foreign.add(text);
                    break;
                }
            }
        }
        return foreign;
    }

    private static void assertNoChinese(String where, List<String> texts) {
        List<String> chinese = foreign(CJK, texts, Set.of());
        assertTrue(chinese.isEmpty(), where + ": " + chinese);
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleTexts(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(VISIBLE_TEXTS);
    }

    private static String language(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
