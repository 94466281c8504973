package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tourist shop's 200 sachets, made by hand: broker-li accepts the demo quote, opens a work order for it, gives
 * 100 pieces each to a trained woman of Ningyuan and one of Shuangwan, records the materials and checks the pieces
 * that come back (some rejected); stock rises at both cooperatives, each manager sees the piece-rate income on
 * the income page, and broker-li's commissions page shows her sales, not the piece-rate pay of her work order.
 */
class PieceworkDispatchBrowserIT {

    private static final String QUOTE = "QT-DEMO-DUNHUANG";
    private final RunningApp app = RunningApp.get();

    @Test
    void aBrokerDispatchesTheTouristShopsSachetsToTrainedWomenOfTwoCooperativesAndTheirPiecesComeBack() {
        String wang = artisanId("coop-ningyuan", "香包王嫂");
        String guo = artisanId("coop-shuangwan", "绣花郭嫂");
        BigDecimal wangBefore = earned("coop-ningyuan", wang, "before-dispatch-ningyuan");
        BigDecimal guoBefore = earned("coop-shuangwan", guo, "before-dispatch-shuangwan");

        WebDriver browser = Browser.open("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            BackOfficePages.logIn(browser, app, "broker-li");
            browser.get(app.uri("admin/quotes.xhtml?number=" + QUOTE).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quote")));
            if (!browser.findElements(By.id("decide:accept")).isEmpty()) {
                browser.findElement(By.id("decide:accept")).click();
                wait.until(ExpectedConditions.textToBe(By.id("status"), "已接受"));
            }
            Browser.screenshot(browser, "dispatch-1-quote-accepted-zh");

            browser.findElement(By.id("nav-dispatch")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newWorkOrder:submit")));
            new Select(browser.findElement(By.id("newWorkOrder:quote"))).selectByValue(QUOTE);
            browser.findElement(By.id("newWorkOrder:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("number")));
            String number = browser.findElement(By.id("number")).getText();
            assertEquals("200", browser.findElement(By.id("quantity")).getText());
            assertEquals("200", browser.findElement(By.id("toDispatch")).getText());

            // the dialog offers trained women only: sachet-trained women of both cooperatives, nobody else
            browser.findElement(By.id("addTask")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task:artisan")));
            List<String> offered = new Select(browser.findElement(By.id("task:artisan")))
                    .getOptions().stream().map(WebElement::getText).toList();
            assertTrue(offered.stream().anyMatch(o -> o.contains("香包王嫂")), offered.toString());
            assertTrue(offered.stream().anyMatch(o -> o.contains("绣花郭嫂") && o.contains("葫芦香包")), offered.toString());
            assertFalse(
                    offered.stream().anyMatch(o -> o.contains("新手刘妹") || o.contains("剪纸张阿姨") || o.contains("麦秆画周姐")),
                    offered.toString());
            Browser.screenshot(browser, "dispatch-2-task-dialog-zh");
            giveTask(browser, wait, "香包王嫂", "100");
            browser.findElement(By.id("addTask")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task:artisan")));
            giveTask(browser, wait, "绣花郭嫂", "100");
            assertEquals("0", browser.findElement(By.id("toDispatch")).getText());

            // an untrained woman is refused over the API as well, with the field named
            HttpResponse<String> untrained = BackOffice.post(
                    app,
                    "broker-li",
                    "/api/v1/work-orders/" + number + "/tasks",
                    "{\"artisanId\": \"" + artisanId("coop-ningyuan", "新手刘妹")
                            + "\", \"quantity\": 1, \"pieceRate\": \"6.50\", \"dueOn\": \"2099-01-01\"}");
            assertEquals(422, untrained.statusCode(), untrained.body());
            assertEquals("NOT_TRAINED", Http.json(untrained).getString("error"));
            assertEquals(
                    "artisanId",
                    Http.json(untrained)
                            .getJsonArray("violations")
                            .getJsonObject(0)
                            .getString("field"));

            JsonObject workOrder = Http.json(BackOffice.get(app, "broker-li", "/api/v1/work-orders/" + number));
            String fiveCreatures = workOrder.getString("productId");
            String gourd = workOrder.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("artisan").equals("绣花郭嫂"))
                    .findFirst()
                    .orElseThrow()
                    .getString("productId");
            int fiveBefore = onHand(fiveCreatures);
            int gourdBefore = onHand(gourd);

            issue(browser, wait, "香包王嫂", "丝线", "20", "卷");
            issue(browser, wait, "绣花郭嫂", "艾草", "2.5", "公斤");
            assertEquals(
                    2, browser.findElements(By.cssSelector("#tasks .material")).size());
            Browser.screenshot(browser, "dispatch-3-materials-zh");

            // more than is out is refused next to the field, and nothing changes
            checkReturn(browser, "香包王嫂", "101", "0", "");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("不能超过还没交回的件数"));
            assertEquals("0", browser.findElement(By.id("acceptedTotal")).getText());
            Browser.screenshot(browser, "dispatch-4-over-return-refused-zh");

            checkReturn(browser, "香包王嫂", "100", "0", "");
            wait.until(ExpectedConditions.textToBe(By.id("acceptedTotal"), "100"));
            checkReturn(browser, "绣花郭嫂", "95", "5", "针脚不齐");
            wait.until(ExpectedConditions.textToBe(By.id("acceptedTotal"), "195"));
            assertEquals("5", browser.findElement(By.id("rejectedTotal")).getText());
            assertEquals(
                    "5", browser.findElement(By.id("toDispatch")).getText(), "rejected pieces are to be made again");
            String tasks = browser.findElement(By.id("tasks")).getText();
            assertEquals(
                    2, browser.findElements(By.cssSelector("#tasks .trace")).size(), tasks);
            assertTrue(tasks.contains("针脚不齐"), tasks);
            assertEquals(
                    List.of("已交回", "已交回"),
                    browser.findElements(By.cssSelector("#tasks .task-status")).stream()
                            .map(WebElement::getText)
                            .toList());
            Browser.screenshot(browser, "dispatch-5-returned-zh");

            // her commissions page still opens now that her work order paid piece rates (the ledger failed on them),
            // and the piece-rate pay is no sale of hers: the work order is not among her commission's orders
            browser.findElement(By.id("nav-commissions")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            assertFalse(browser.findElement(By.id("ledger")).getText().contains(number));
            Browser.screenshot(browser, "dispatch-7-broker-commissions-zh");

            assertEquals(fiveBefore + 100, onHand(fiveCreatures));
            assertEquals(gourdBefore + 95, onHand(gourd));

            assertEquals(
                    wangBefore.add(new BigDecimal("650.00")), earned("coop-ningyuan", wang, "after-dispatch-ningyuan"));
            assertEquals(
                    guoBefore.add(new BigDecimal("617.50")), earned("coop-shuangwan", guo, "after-dispatch-shuangwan"));
            narrowScreen(number);
            String entries = incomeEntries("coop-shuangwan", guo);
            assertTrue(entries.contains("计件工钱") && entries.contains(number) && entries.contains("617.50"), entries);
        } finally {
            browser.quit();
        }
    }

    private static void giveTask(WebDriver browser, WebDriverWait wait, String artisan, String quantity) {
        Select who = new Select(browser.findElement(By.id("task:artisan")));
        who.selectByVisibleText(who.getOptions().stream()
                .map(WebElement::getText)
                .filter(o -> o.contains(artisan))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.id("task:quantity_input")).sendKeys(quantity);
        browser.findElement(By.id("task:rate_input")).sendKeys("6.50");
        browser.findElement(By.id("task:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), artisan));
    }

    private static void issue(
            WebDriver browser, WebDriverWait wait, String artisan, String material, String amount, String unit) {
        Select task = new Select(browser.findElement(By.id("materials:taskId")));
        task.selectByVisibleText(task.getOptions().stream()
                .map(WebElement::getText)
                .filter(o -> o.contains(artisan))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.id("materials:material")).sendKeys(material);
        browser.findElement(By.id("materials:amount_input")).sendKeys(amount);
        browser.findElement(By.id("materials:unit")).sendKeys(unit);
        browser.findElement(By.id("materials:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), material));
    }

    private static void checkReturn(
            WebDriver browser, String artisan, String accepted, String rejected, String reason) {
        Select task = new Select(browser.findElement(By.id("pieces:taskId")));
        task.selectByVisibleText(task.getOptions().stream()
                .map(WebElement::getText)
                .filter(o -> o.contains(artisan))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.id("pieces:accepted_input")).clear();
        browser.findElement(By.id("pieces:accepted_input")).sendKeys(accepted);
        browser.findElement(By.id("pieces:rejected_input")).clear();
        browser.findElement(By.id("pieces:rejected_input")).sendKeys(rejected);
        browser.findElement(By.id("pieces:reason")).clear();
        browser.findElement(By.id("pieces:reason")).sendKeys(reason);
        browser.findElement(By.id("pieces:submit")).click();
    }

    /** The work order on a 375 px phone screen, as a manager at the workshop would check returns. */
    private void narrowScreen(String number) {
        WebDriver phone = Browser.open("zh-CN", 375, 812);
        try {
            BackOfficePages.logIn(phone, app, "coop-shuangwan");
            phone.get(app.uri("admin/dispatch.xhtml?workOrder=" + number).toString());
            new WebDriverWait(phone, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
            String tasks = phone.findElement(By.id("tasks")).getText();
            assertTrue(
                    tasks.contains("绣花郭嫂") && !tasks.contains("香包王嫂"),
                    "a manager sees her own members' tasks only: " + tasks);
            Browser.screenshot(phone, "dispatch-6-manager-375px-zh");
        } finally {
            phone.quit();
        }
    }

    private String artisanId(String manager, String displayName) {
        return Http.jsonArray(BackOffice.get(app, manager, "/api/v1/artisans")).stream()
                .filter(a -> a.getString("displayName").equals(displayName))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private int onHand(String productId) {
        return Http.jsonArray(BackOffice.get(app, "broker-li", "/api/v1/stock?productId=" + productId))
                .get(0)
                .getInt("onHand");
    }

    /** What the artisan has earned, as her manager's income page shows it. */
    private BigDecimal earned(String manager, String artisanId, String shot) {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, manager);
            browser.get(app.uri("admin/income.xhtml?artisan=" + artisanId).toString());
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("earned")));
            Browser.screenshot(browser, "dispatch-income-" + shot + "-zh");
            return new BigDecimal(browser.findElement(By.id("earned"))
                    .getText()
                    .replace("¥", "")
                    .replace(",", "")
                    .strip());
        } finally {
            browser.quit();
        }
    }

    private String incomeEntries(String manager, String artisanId) {
        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, manager);
            browser.get(app.uri("admin/income.xhtml?artisan=" + artisanId).toString());
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("income:entries")));
            return browser.findElement(By.id("income:entries")).getText();
        } finally {
            browser.quit();
        }
    }
}
