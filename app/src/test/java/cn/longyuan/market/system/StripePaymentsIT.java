package cn.longyuan.market.system;

import static cn.longyuan.market.system.ApiErrors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.testing.FakeStripe;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Online payment end to end, over HTTP, against an instance configured with test keys and a local
 * Stripe-compatible server (STRIPE_API_BASE): place a STRIPE order, pay it by a signed webhook, refund it from
 * the back office, find it in the reconciliation; Stripe failing; hostile webhooks; and the checkout page in
 * Chromium up to the Payment Element (js.stripe.com cannot load here).
 */
class StripePaymentsIT {

    private static FakeStripe stripe;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        stripe = new FakeStripe();
        app = RunningApp.startAnother(
                Map.of(
                        "STRIPE_SECRET_KEY",
                        "sk_test_x",
                        "STRIPE_PUBLISHABLE_KEY",
                        "pk_test_x",
                        "STRIPE_WEBHOOK_SECRET",
                        FakeStripe.WEBHOOK_SECRET,
                        "STRIPE_API_BASE",
                        stripe.baseUrl()),
                null,
                "app-stripe.log");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        stripe.close();
    }

    private static String mostStockedProduct() {
        HttpResponse<String> response = Http.get(app.uri("api/v1/products?size=100"));
        return Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingInt(p -> p.getInt("available")))
                .orElseThrow()
                .getString("id");
    }

    private static HttpResponse<String> place(String key, String body) {
        return Http.post(app.uri("api/v1/orders"), "application/json", body, "Idempotency-Key", key);
    }

    private static HttpResponse<String> webhook(String payload, String signature) {
        return Http.post(
                app.uri("api/v1/payments/stripe/webhook"), "application/json", payload, "Stripe-Signature", signature);
    }

    private static JsonObject order(String number, String token) {
        return Http.json(Http.get(app.uri("api/v1/orders/" + number), "Authorization", "Bearer " + token));
    }

    private static long fen(String decimal) {
        return new java.math.BigDecimal(decimal).movePointRight(2).longValueExact();
    }

    @Test
    void aStripeOrderIsPaidByASignedWebhookRefundedFromTheBackOfficeAndReconciled() {
        String product = mostStockedProduct();
        HttpResponse<String> placed =
                place("stripe-flow-" + System.nanoTime(), PublicApiIT.orderBody(product, 2, "STRIPE"));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Http.json(placed);
        String number = answer.getString("number");
        String token = answer.getString("accessToken");
        assertEquals("AWAITING_PAYMENT", answer.getString("status"));
        assertTrue(answer.getString("clientSecret").contains("_secret_"), answer.toString());

        FakeStripe.Received intentRequest = stripe.received("/v1/payment_intents").stream()
                .filter(r -> number.equals(r.form().get("metadata[order_number]")))
                .findFirst()
                .orElseThrow();
        long total = fen(answer.getString("total"));
        assertEquals(Long.toString(total), intentRequest.form().get("amount"));
        assertEquals("cny", intentRequest.form().get("currency"));
        assertEquals("longyuan-order-" + number + "-payment-intent", intentRequest.idempotencyKey());
        String intent = answer.getString("clientSecret")
                .substring(0, answer.getString("clientSecret").indexOf("_secret_"));

        String payload = FakeStripe.intentEvent(
                "evt_" + System.nanoTime(), "payment_intent.succeeded", intent, total, "cny", number, "succeeded");
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> forged = webhook(payload, FakeStripe.sign(payload, now, "whsec_forger"));
        assertError(forged, 400, "VALIDATION");
        HttpResponse<String> stale = webhook(payload, FakeStripe.sign(payload, now - 600, FakeStripe.WEBHOOK_SECRET));
        assertError(stale, 400, "VALIDATION");
        assertEquals("AWAITING_PAYMENT", order(number, token).getString("status"), "hostile webhooks change nothing");

        HttpResponse<String> genuine = webhook(payload, FakeStripe.sign(payload, now, FakeStripe.WEBHOOK_SECRET));
        assertEquals(200, genuine.statusCode(), genuine.body());
        HttpResponse<String> replayed = webhook(payload, FakeStripe.sign(payload, now, FakeStripe.WEBHOOK_SECRET));
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertTrue(Http.json(replayed).getBoolean("duplicate"));
        assertEquals("PAID", order(number, token).getString("status"));

        HttpResponse<String> byBroker =
                BackOffice.post(app, "broker-li", "/api/v1/orders/" + number + "/refunds", "{}");
        assertError(byBroker, 403, "FORBIDDEN");
        HttpResponse<String> partial = BackOffice.post(
                app,
                "federation",
                "/api/v1/orders/" + number + "/refunds",
                "{\"lines\": [{\"productId\": \"" + product
                        + "\", \"quantity\": 1, \"restock\": false}], \"restock\": true, \"reason\": \"一件绣线松了\"}");
        assertEquals(201, partial.statusCode(), partial.body());
        assertEquals("PAID", Http.json(partial).getString("orderStatus"));
        assertFalse(
                Http.json(partial).getJsonArray("lines").getJsonObject(0).getBoolean("restock"),
                "the line's own choice holds");
        assertFalse(Http.json(partial).getBoolean("restock"), partial.body());
        HttpResponse<String> rest = BackOffice.post(
                app,
                "federation",
                "/api/v1/orders/" + number + "/refunds",
                "{\"restock\": false, \"reason\": \"buyer changed her mind\"}");
        assertEquals(201, rest.statusCode(), rest.body());
        assertEquals("REFUNDED", Http.json(rest).getString("orderStatus"));
        assertEquals("federation", Http.json(rest).getString("by"));
        JsonObject refunded = order(number, token);
        assertEquals("REFUNDED", refunded.getString("status"));

        List<FakeStripe.Received> refunds = stripe.received("/v1/refunds").stream()
                .filter(r -> intent.equals(r.form().get("payment_intent")))
                .toList();
        assertEquals(2, refunds.size());
        assertEquals(
                total,
                refunds.stream()
                        .mapToLong(r -> Long.parseLong(r.form().get("amount")))
                        .sum(),
                "everything she paid went back, in two refunds");

        HttpResponse<String> reconciliation = BackOffice.get(app, "federation", "/api/v1/payments/reconciliation");
        assertEquals(200, reconciliation.statusCode(), reconciliation.body());
        JsonObject row = Http.json(reconciliation).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("order").equals(number))
                .findFirst()
                .orElseThrow();
        assertEquals("SUCCEEDED", row.getString("paymentStatus"));
        assertEquals(answer.getString("total"), row.getString("refunded"));
        assertTrue(row.getJsonArray("mismatches").toString().contains("REFUNDED"), row.toString());
        assertError(BackOffice.get(app, "coop-ningyuan", "/api/v1/payments/reconciliation"), 403, "FORBIDDEN");

        BackOffice.Session federation = BackOffice.session(app, "federation");
        HttpResponse<String> page = federation.get("/payments.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(number), "the reconciliation page lists the order");
        assertEquals(
                403,
                BackOffice.session(app, "coop-ningyuan").get("/payments.xhtml").statusCode());
    }

    /**
     * Refunds from the back office's order page (issue 9, branch refund): a paid STRIPE order of one cooperative;
     * Stripe failing leaves everything as it was with a message; then "refund all" refunds it through Stripe, the
     * page lists the Stripe refund, and the federation's reconciliation page shows the refunded amount.
     */
    @Test
    void aStripeOrderIsRefundedFromItsPageThroughStripeAndTheReconciliationPageShowsTheRefund() {
        List<JsonObject> ownArtisans = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"));
        String ningyuan = ownArtisans.get(0).getJsonObject("cooperative").getString("id");
        String product = Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p ->
                        p.getJsonObject("cooperative").getString("id").equals(ningyuan) && p.getInt("available") >= 2)
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<String> placed =
                place("stripe-page-refund-" + System.nanoTime(), PublicApiIT.orderBody(product, 2, "STRIPE"));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject answer = Http.json(placed);
        String number = answer.getString("number");
        String intent = answer.getString("clientSecret")
                .substring(0, answer.getString("clientSecret").indexOf("_secret_"));
        String payload = FakeStripe.intentEvent(
                "evt_" + System.nanoTime(),
                "payment_intent.succeeded",
                intent,
                fen(answer.getString("total")),
                "cny",
                number,
                "succeeded");
        HttpResponse<String> paid =
                webhook(payload, FakeStripe.sign(payload, Instant.now().getEpochSecond(), FakeStripe.WEBHOOK_SECRET));
        assertEquals(200, paid.statusCode(), paid.body());
        int onHand = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?productId=" + product))
                .get(0)
                .getInt("onHand");

        WebDriver browser = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(browser, app, "coop-ningyuan");
            browser.get(app.uri("admin/fulfil.xhtml?number=" + number).toString());
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(25))
                    .until(ExpectedConditions.elementToBeClickable(By.id("refund:fillAll")))
                    .click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(25))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("refund:lines:0:quantity"), "value", "2"));
            browser.findElement(By.id("refund:reason")).sendKeys("买家取消了订单");

            stripe.mode(FakeStripe.Mode.FAIL);
            try {
                browser.findElement(By.id("refund:submit")).click();
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(40))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("refund:refundMessage"), "Stripe"));
            } finally {
                stripe.mode(FakeStripe.Mode.OK);
            }
            assertTrue(
                    browser.findElement(By.id("refund:refundMessage")).getText().contains("Stripe"),
                    browser.findElement(By.id("refund:refundMessage")).getText());
            assertEquals("已付款", browser.findElement(By.id("orderStatus")).getText(), "nothing changed");
            assertTrue(browser.findElement(By.id("refund:refunds")).getText().contains("还没有退款"));
            assertEquals(
                    "2",
                    browser.findElement(By.id("refund:lines:0:quantity")).getAttribute("value"),
                    "her entries are kept");
            Browser.screenshot(browser, "refund-stripe-down-zh");

            browser.findElement(By.id("refund:submit")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(40))
                    .until(ExpectedConditions.textToBe(By.id("orderStatus"), "已退款"));
            String listed = browser.findElement(By.id("refund:refunds")).getText();
            List<FakeStripe.Received> refunds = stripe.received("/v1/refunds").stream()
                    .filter(r -> intent.equals(r.form().get("payment_intent")))
                    .toList();
            assertEquals(2, refunds.size(), "the failed attempt, then the one that went through");
            assertEquals(
                    refunds.get(0).idempotencyKey(),
                    refunds.get(1).idempotencyKey(),
                    "the failed attempt left nothing behind: the retry is the same refund to Stripe");
            assertEquals(
                    Long.toString(fen(answer.getString("total"))),
                    refunds.get(1).form().get("amount"));
            assertEquals(
                    1,
                    browser.findElement(By.id("refund:refunds_data"))
                            .findElements(By.tagName("tr"))
                            .size(),
                    listed);
            assertTrue(
                    listed.contains("re_fake")
                            && listed.contains("¥" + answer.getString("total"))
                            && listed.contains("× 2"),
                    listed);
            assertTrue(browser.findElements(By.id("refund:submit")).isEmpty(), "nothing is left to refund");
            Browser.screenshot(browser, "refund-stripe-listed-zh");
            assertEquals(
                    onHand + 2,
                    Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/stock?productId=" + product))
                            .get(0)
                            .getInt("onHand"),
                    "both pieces back in stock");
        } finally {
            browser.quit();
        }

        WebDriver federation = Browser.open("zh-CN");
        try {
            BackOfficePages.logIn(federation, app, "federation");
            federation.get(app.uri("admin/payments.xhtml").toString());
            new org.openqa.selenium.support.ui.WebDriverWait(federation, java.time.Duration.ofSeconds(25))
                    .until(ExpectedConditions.presenceOfElementLocated(By.linkText(number)));
            String row = federation
                    .findElement(By.xpath("//a[text()='" + number + "']/ancestor::tr"))
                    .getText();
            assertTrue(row.contains(answer.getString("total")) && row.contains("有退款") && row.contains("已退款"), row);
            Browser.screenshot(federation, "refund-reconciliation-zh");
        } finally {
            federation.quit();
        }
    }

    @Test
    void whenStripeIsDownTheOrderIsKeptTheAnswerIs503AndTheBuyerRetries() {
        String product = mostStockedProduct();
        String key = "stripe-down-" + System.nanoTime();
        String body = PublicApiIT.orderBody(product, 1, "STRIPE");
        stripe.mode(FakeStripe.Mode.FAIL);
        try {
            HttpResponse<String> down = place(key, body);
            assertError(down, 503, "UNAVAILABLE");
            assertTrue(Http.json(down).getString("message").contains("kept"), down.body());
            stripe.mode(FakeStripe.Mode.DECLINE);
            assertError(place(key, body), 503, "UNAVAILABLE");
        } finally {
            stripe.mode(FakeStripe.Mode.OK);
        }
        HttpResponse<String> retried = place(key, body);
        assertEquals(201, retried.statusCode(), retried.body());
        JsonObject answer = Http.json(retried);
        assertTrue(answer.containsKey("clientSecret"), retried.body());

        HttpResponse<String> again = Http.post(
                app.uri("api/v1/orders/" + answer.getString("number") + "/payment-intent"),
                "application/json",
                "",
                "Authorization",
                "Bearer " + answer.getString("accessToken"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(answer.getString("clientSecret"), Http.json(again).getString("clientSecret"), "the same intent");
        assertEquals("pk_test_x", Http.json(again).getString("publishableKey"));
        HttpResponse<String> wrongToken = Http.post(
                app.uri("api/v1/orders/" + answer.getString("number") + "/payment-intent"),
                "application/json",
                "",
                "Authorization",
                "Bearer nope");
        assertError(wrongToken, 404, "NOT_FOUND");
    }

    @Test
    void withoutStripeConfiguredAStripeOrderIsRefusedWithAMessage() {
        RunningApp plain = RunningApp.get();
        String product = Http.json(Http.get(plain.uri("api/v1/products?size=1")))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        HttpResponse<String> refused = Http.post(
                plain.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(product, 1, "STRIPE"),
                "Idempotency-Key",
                "no-stripe-" + System.nanoTime());
        assertError(refused, 400, "VALIDATION", "paymentMethod");
        HttpResponse<String> webhook = Http.post(
                plain.uri("api/v1/payments/stripe/webhook"), "application/json", "{}", "Stripe-Signature", "t=1,v1=00");
        assertError(webhook, 400, "VALIDATION");
    }

    @Test
    void theCheckoutOffersOnlinePaymentAndTheConfirmationPreparesThePaymentElement() {
        WebDriver browser = Browser.open("zh-CN");
        try {
            ShopPages.openAProductInStock(browser, app);
            ShopPages.addToCart(browser, 1);
            ShopPages.openCart(browser);
            ShopPages.goToCheckout(browser);
            assertTrue(ShopPages.shows(browser, "checkout:onlinePaymentNote"));
            String label = browser.findElement(By.cssSelector("label[for='checkout:paymentMethod:2']"))
                    .getText();
            assertTrue(label.contains("支付宝") && label.contains("微信支付"), label);
            ShopPages.fillCheckout(browser, ShopPages.GUEST, 2);
            Browser.screenshot(browser, "stripe-checkout-zh");
            ShopPages.placeOrder(browser);
            assertTrue(browser.getCurrentUrl().contains("/confirmation"), browser.getPageSource());
            assertEquals(
                    "AWAITING_PAYMENT",
                    browser.findElement(By.id("order-status")).getAttribute("data-status"));
            var element = browser.findElement(By.id("payment-element"));
            assertTrue(element.getAttribute("data-client-secret").contains("_secret_"));
            assertEquals("pk_test_x", element.getAttribute("data-publishable-key"));
            assertTrue(element.getAttribute("data-return-url").contains("order.xhtml?number="));
            assertFalse(browser.findElements(By.cssSelector("script[src='https://js.stripe.com/v3/']"))
                    .isEmpty());
            // offline, Stripe.js never loads: the page says so instead of showing an empty form
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                    .until(ExpectedConditions.attributeToBe(By.id("payment-element"), "data-state", "no-stripe-js"));
            assertFalse(ShopPages.text(browser, "payment-message").isBlank());
            assertFalse(browser.findElement(By.id("pay-button")).isEnabled());
            Browser.screenshot(browser, "stripe-confirmation-zh");

            String secret = element.getAttribute("data-client-secret");
            browser.get(element.getAttribute("data-return-url"));
            assertEquals(
                    secret,
                    browser.findElement(By.id("payment-element")).getAttribute("data-client-secret"),
                    "the order page she keeps offers the same payment");
        } finally {
            browser.quit();
        }
    }
}
