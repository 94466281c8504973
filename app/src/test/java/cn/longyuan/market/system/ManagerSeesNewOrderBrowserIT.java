package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class ManagerSeesNewOrderBrowserIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aManagerFindsANewOrderWithItsLinesAndTheStockItReservedAndTheOtherManagerDoesNot() {
        String ningyuan = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        JsonObject product = Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + ningyuan)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= 2)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product.getString("id"), 2, "BANK_TRANSFER"),
                "Idempotency-Key",
                "page-" + System.nanoTime());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getString("number");

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            Browser.screenshot(browser, "admin-dashboard-zh");
            List<List<String>> reservations = BackOfficePages.openOrderAndReadReservations(browser, number);
            Browser.screenshot(browser, "admin-order-zh");
            BackOfficePages.assertHolds(reservations, product.getString("name"), 2);

            browser.findElement(By.id("nav-stock")).click();
            browser.findElement(By.linkText(product.getString("name"))).click();
            assertTrue(
                    browser.findElement(By.id("ledger")).getText().contains("订单预留"),
                    "the ledger shows the reservation");
            Browser.screenshot(browser, "admin-stock-ledger-zh");
        } finally {
            browser.quit();
        }

        WebDriver other = Browser.open("en");
        try {
            BackOfficePages.logIn(other, app, "coop-shuangwan");
            other.get(app.uri("admin/orders.xhtml?number=" + number).toString());
            assertTrue(other.findElement(By.id("notFound")).isDisplayed());
        } finally {
            other.quit();
        }
    }
}
