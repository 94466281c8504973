package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A piece none of which is in stock: a buyer asks for pieces made to order (told the lead time; a date too soon is
 * refused next to its field with the earliest one) and another asks to hear when it is back; both requests reach the
 * cooperative's back office, which marks one answered. The piece is a new listing of its own, so no shared stock moves.
 */
class PieceRequestBrowserIT {

    private static final RunningApp app = RunningApp.get();

    @Test
    void aBuyerAsksForAPieceMadeToOrderAndTheCooperativeReadsAndAnswersIt() {
        WebDriver manager = Browser.open("zh-CN");
        WebDriver buyer = Browser.open("zh-CN", 375, 812);
        WebDriver other = Browser.open("en");
        String product = null;
        try {
            String name = "端午香包" + System.nanoTime() % 100_000;
            product = newEmptyListing(manager, name);

            buyer.get(app.uri("products/" + product).toString());
            ShopPages.waitIn(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("buy:askBackInStock")));
            assertTrue(buyer.findElements(By.id("buy:add")).isEmpty(), "nothing to put in the cart");
            buyer.get(app.uri("request.xhtml?product=" + product).toString());
            ShopPages.waitIn(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("leadTime")));
            LocalDate earliest = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21);
            assertTrue(
                    buyer.findElement(By.id("leadTime")).getText().contains("21 天"),
                    buyer.findElement(By.id("leadTime")).getText());
            assertTrue(buyer.findElement(By.id("leadTime")).getText().contains(earliest.toString()));
            assertTrue(buyer.findElement(By.id("request-product")).getText().contains(name));

            WebElement quantity = buyer.findElement(By.id("request:quantity"));
            quantity.clear();
            quantity.sendKeys("12");
            date(buyer, "request:wishedBy", earliest.minusDays(3));
            buyer.findElement(By.id("request:name")).sendKeys("王女士");
            buyer.findElement(By.id("request:phone")).sendKeys("12345");
            buyer.findElement(By.id("request:note")).sendKeys("端午前要，绣上孩子的名字");
            buyer.findElement(By.id("request:submit")).click();
            ShopPages.waitIn(buyer)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("request:wishedByMessage")));
            assertTrue(
                    buyer.findElement(By.id("request:wishedByMessage"))
                            .getText()
                            .contains(earliest.toString()),
                    buyer.findElement(By.id("request:wishedByMessage")).getText());
            assertTrue(
                    buyer.findElement(By.id("request:phoneMessage")).getText().contains("电话号码"));
            Browser.screenshot(buyer, "piece-request-refused-375-zh");

            date(buyer, "request:wishedBy", earliest);
            buyer.findElement(By.id("request:phone")).clear();
            buyer.findElement(By.id("request:phone")).sendKeys("139 0000 5678");
            buyer.findElement(By.id("request:submit")).click();
            ShopPages.waitIn(buyer).until(ExpectedConditions.presenceOfElementLocated(By.id("request-sent")));
            String number = buyer.findElement(By.id("request-sent"))
                    .getText()
                    .replaceAll("\\D+", " ")
                    .strip()
                    .split(" ")[0];
            Browser.screenshot(buyer, "piece-request-sent-375-zh");

            // another buyer, in English, asks to hear when it is back: no quantity asked
            other.get(app.uri("products/" + product).toString());
            ShopPages.waitIn(other)
                    .until(ExpectedConditions.elementToBeClickable(By.id("buy:askBackInStock")))
                    .click();
            ShopPages.waitIn(other).until(ExpectedConditions.presenceOfElementLocated(By.id("backNote")));
            assertTrue(other.findElements(By.id("request:quantity")).isEmpty());
            other.findElement(By.id("request:name")).sendKeys("Ms Li");
            other.findElement(By.id("request:email")).sendKeys("li@example.com");
            other.findElement(By.id("request:submit")).click();
            ShopPages.waitIn(other).until(ExpectedConditions.presenceOfElementLocated(By.id("request-sent")));
            assertTrue(other.findElement(By.id("request-sent")).getText().contains("the cooperative will contact you"));

            // the cooperative's back office
            manager.get(app.uri("admin/requests.xhtml").toString());
            ShopPages.waitIn(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("requests:table")));
            List<String> rows = rowsOf(manager, name);
            assertEquals(2, rows.size(), String.join("\n", rows));
            String made =
                    rows.stream().filter(r -> r.contains("定制")).findFirst().orElseThrow();
            assertTrue(
                    made.contains(number)
                            && made.contains("12")
                            && made.contains(earliest.toString())
                            && made.contains("王女士")
                            && made.contains("13900005678")
                            && made.contains("绣上孩子的名字"),
                    made);
            String back =
                    rows.stream().filter(r -> r.contains("到货通知")).findFirst().orElseThrow();
            assertTrue(back.contains("li@example.com") && back.contains("待联系"), back);
            Browser.screenshot(manager, "buyer-requests-zh");

            WebElement madeRow = manager.findElements(By.cssSelector("tbody[id$='_data'] > tr")).stream()
                    .filter(r -> r.getText().contains(name) && r.getText().contains("定制"))
                    .findFirst()
                    .orElseThrow();
            madeRow.findElement(By.cssSelector("button[id$=':answer']")).click();
            ShopPages.waitIn(manager)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "已标记为已联系"));
            assertEquals(1, rowsOf(manager, name).size(), "the answered one leaves the open list");
            manager.findElement(By.id("withAnswered")).click();
            ShopPages.waitIn(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("onlyOpen")));
            assertTrue(rowsOf(manager, name).stream().anyMatch(r -> r.contains("已联系") && r.contains("coop-ningyuan")));

            // another cooperative's manager does not see them (who else may open the page: AuthorizationMatrixIT)
            BackOfficePages.logIn(other, app, "coop-shuangwan");
            other.get(app.uri("admin/requests.xhtml").toString());
            ShopPages.waitIn(other).until(ExpectedConditions.presenceOfElementLocated(By.id("requests:table")));
            assertFalse(other.findElement(By.id("requests:table")).getText().contains(name));
        } finally {
            if (product != null) {
                withdraw(manager, product); // the listing has no photo: it leaves the catalogue as it came
            }
            manager.quit();
            buyer.quit();
            other.quit();
        }
    }

    /** coop-ningyuan lists a new piece (no stock yet) and publishes it; answers its id. */
    private static String newEmptyListing(WebDriver manager, String name) {
        BackOfficePages.logIn(manager, app, "coop-ningyuan");
        manager.get(app.uri("admin/listing.xhtml").toString());
        ShopPages.waitIn(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:nameZh")));
        ((JavascriptExecutor) manager)
                .executeScript("document.getElementById('listing:craft_input').value = 'sachet';");
        manager.findElement(By.id("listing:nameZh")).sendKeys(name);
        manager.findElement(By.id("listing:nameEn")).sendKeys("Sachet made to order");
        manager.findElement(By.id("listing:price")).sendKeys("88.00");
        manager.findElement(By.cssSelector("[id='listing:descriptionZh'] .ql-editor"))
                .sendKeys("可按需定制的香包。");
        manager.findElement(By.cssSelector("[id='listing:descriptionEn'] .ql-editor"))
                .sendKeys("A sachet made to order.");
        manager.findElement(By.id("listing:save")).click();
        ShopPages.waitIn(manager).until(ExpectedConditions.urlContains("product="));
        String url = manager.getCurrentUrl();
        String id = url.replaceAll(".*[?&]product=(\\d+).*", "$1");
        ShopPages.waitIn(manager)
                .until(ExpectedConditions.elementToBeClickable(By.id("listing:publish")))
                .click();
        ShopPages.waitIn(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:unpublish")));
        return id;
    }

    private static void withdraw(WebDriver manager, String product) {
        manager.get(app.uri("admin/listing.xhtml?product=" + product).toString());
        ShopPages.waitIn(manager)
                .until(ExpectedConditions.elementToBeClickable(By.id("listing:unpublish")))
                .click();
        ShopPages.waitIn(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("listing:publish")));
    }

    /** Types a date into a date field as the browser's picker would set it. */
    private static void date(WebDriver browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private static List<String> rowsOf(WebDriver browser, String product) {
        return browser.findElements(By.cssSelector("tbody[id$='_data'] > tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(product))
                .toList();
    }
}
