package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a cooperative manager does in the back office's pages, step by step as she would. */
final class BackOfficePages {

    private BackOfficePages() {}

    static void logIn(WebDriver browser, RunningApp app, String user) {
        browser.get(app.uri("admin/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(BackOffice.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /**
     * From the orders page, opens the order with this number and answers the rows of the stock it holds:
     * product, place, quantity, reservation status.
     */
    static List<List<String>> openOrderAndReadReservations(WebDriver browser, String number) {
        browser.findElement(By.id("nav-orders")).click();
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.linkText(number)));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("order")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(number));
        assertFalse(
                browser.findElements(By.cssSelector("[id$='lines_data'] tr")).isEmpty());
        return browser.findElements(By.cssSelector("[id$='reservations_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .filter(cells -> cells.size() == 4)
                .toList();
    }

    static void assertHolds(List<List<String>> reservations, String product, int quantity) {
        int held = reservations.stream()
                .filter(r -> r.get(0).equals(product)
                        && (r.get(3).equals("预留中") || r.get(3).equals("Held")))
                .mapToInt(r -> Integer.parseInt(r.get(2)))
                .sum();
        assertEquals(quantity, held, "reserved for " + product + ": " + reservations);
    }
}
