package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import page (issue 17) in Chromium: coop-ningyuan (Chinese) uploads members with a bad row, sees the row, its
 * column and the reason in Chinese and no confirm button, uploads the fixed file, confirms and sees her members;
 * federation staff (English) choose products and the cooperative, see the bad row in English, fix, confirm and find
 * the listing on the listings page.
 */
class ImportBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerUploadsMembersSeesTheBadRowInChineseFixesItAndImportsThem() throws IOException {
        String tag = Long.toString(System.nanoTime(), 36);
        String first = "页面巧手甲" + tag;
        String second = "页面巧手乙" + tag;
        String header = "displayName,publicConsent,storyZh,storyEn\n";
        String good = header + first + ",是,她会绣香包。,\n" + second + ",否,,\n";
        String bad = header + first + ",是,她会绣香包。,\n" + second + ",也许,,\n";

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(browser.findElement(By.id("nav-import")).getAttribute("href"));
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("choose:kind")));
            assertEquals("从文件导入", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElements(By.id("choose:cooperative")).isEmpty(), "a manager imports into her own");
            new Select(browser.findElement(By.id("choose:kind"))).selectByValue("ARTISANS");

            upload(browser, file("members.csv", bad));
            assertEquals(List.of(List.of("3", "同意公开简介 (publicConsent)", "请填写“是”或“否”（yes / no）。")), problems(browser));
            assertTrue(browser.findElements(By.id("confirmForm:confirm")).isEmpty(), "no confirming with a bad row");
            assertTrue(browser.findElement(By.id("summary")).getText().contains("有问题 1 行"));
            Browser.screenshot(browser, "import-preview-zh");

            upload(browser, file("members.csv", good));
            assertEquals(List.of(), problems(browser));
            browser.findElement(By.id("confirmForm:confirm")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "已导入"));
            assertTrue(browser.findElement(By.id("messages")).getText().contains("已导入 2 行"));
            assertEquals(Set.of(first, second), created(browser));
            Browser.screenshot(browser, "import-done-zh");
            browser.findElement(By.id("confirmForm:seeImported")).click();
            wait(browser).until(ExpectedConditions.urlContains("/admin/artisans.xhtml"));
        } finally {
            browser.quit();
        }
        Set<String> members = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans")).stream()
                .map(a -> a.getString("displayName"))
                .collect(Collectors.toSet());
        assertTrue(members.containsAll(Set.of(first, second)), members.toString());
    }

    @Test
    void federationStaffImportProductsIntoTheCooperativeTheyChooseInEnglish() throws IOException {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Imported basket " + tag;
        String header = "craft,nameZh,nameEn,descriptionZh,descriptionEn,price\n";
        String good = header + "sachet,导入香包" + tag + "," + name + ",手工香包,A sachet,66.00\n";
        String bad = header + "sachet,导入香包" + tag + "," + name + ",手工香包,A sachet,66 yuan\n";
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");

        WebDriver browser = Browser.open("en");
        try {
            BackOfficePages.logIn(browser, app, "federation");
            browser.get(browser.findElement(By.id("nav-import")).getAttribute("href"));
            wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("choose:kind")));
            assertEquals(
                    "Import from a file", browser.findElement(By.tagName("h1")).getText());
            new Select(browser.findElement(By.id("choose:kind"))).selectByValue("PRODUCTS");

            // without a cooperative: the message next to the choice
            upload(browser, file("products.csv", good));
            wait(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("choose:cooperativeMessage"), "Choose the cooperative"));

            new Select(browser.findElement(By.id("choose:kind"))).selectByValue("PRODUCTS");
            new Select(browser.findElement(By.id("choose:cooperative"))).selectByValue(ningyuan);
            upload(browser, file("products.csv", bad));
            assertEquals(
                    List.of(List.of("2", "Price (price)", "A price in yuan with at most two decimals, such as 68.00.")),
                    problems(browser));
            Browser.screenshot(browser, "import-preview-en");

            new Select(browser.findElement(By.id("choose:cooperative"))).selectByValue(ningyuan);
            upload(browser, file("products.csv", good));
            assertEquals(List.of(), problems(browser));
            browser.findElement(By.id("confirmForm:confirm")).click();
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Imported"));
            assertEquals(Set.of("导入香包" + tag), created(browser));
            Browser.screenshot(browser, "import-done-en");

            browser.findElement(By.id("confirmForm:seeImported")).click();
            wait(browser).until(ExpectedConditions.urlContains("/admin/listings.xhtml"));
            WebElement filter = wait(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[id='listings:table'] input.ui-column-filter")));
            filter.sendKeys(tag, Keys.TAB);
            wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("listings:table"), name));
            Browser.screenshot(browser, "import-listings-en");
        } finally {
            browser.quit();
        }
    }

    private static void upload(WebDriver browser, Path file) {
        // choosing the kind or the cooperative redraws the form by ajax: a file given to the input it replaced is lost
        // (Chromium: "Node with given id does not belong to the document"), so give it to the form as it is now
        WebElement old = wait(browser)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class, WebDriverException.class)
                .until(d -> {
                    WebElement form = d.findElement(By.id("choose"));
                    form.findElement(By.cssSelector("input[type='file']"))
                            .sendKeys(file.toAbsolutePath().toString());
                    return form;
                });
        browser.findElement(By.id("choose:preview")).click();
        wait(browser).until(ExpectedConditions.stalenessOf(old));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("choose")));
    }

    /** The problems table's rows: row, column, reason. */
    private static List<List<String>> problems(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id$='problems'] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    private static Set<String> created(WebDriver browser) {
        return browser.findElements(By.cssSelector("[id='confirmForm:accepted_data'] tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(1).getText())
                .collect(Collectors.toSet());
    }

    private static Path file(String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("import");
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }
}
