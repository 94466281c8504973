package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running application sends its order e-mails to the SMTP server of SMTP_HOST / SMTP_PORT (GreenMail here):
 * a confirmation in the buyer's language when an order is placed, with the tracking link under PUBLIC_BASE_URL,
 * and a note with carrier and tracking number when the cooperative ships.
 */
class OrderMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final String BASE = "https://shop.example.cn";
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
                        "orders@longyuan.example",
                        "PUBLIC_BASE_URL",
                        BASE),
                null,
                "app-mail.log");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void anOrderPlacedInEnglishIsConfirmedInEnglishAndItsShipmentToo() throws Exception {
        JsonObject product = productOfNingyuanpu();
        JsonObject order = Http.json(Http.post(
                app.uri("api/v1/orders?lang=en"),
                "application/json",
                orderBody(product.getString("id"), "BANK_TRANSFER"),
                "Idempotency-Key",
                "mail-en-" + System.nanoTime()));
        String number = order.getString("number");

        MimeMessage confirmation = awaitMail(1, number).get(0);
        String body = (String) confirmation.getContent();
        assertEquals("Longyuan Skilled Hands Market: order " + number + " placed", confirmation.getSubject());
        assertEquals("orders@longyuan.example", confirmation.getFrom()[0].toString());
        assertTrue(body.contains("Total to pay: ¥" + order.getString("total")), body);
        assertTrue(body.contains("bank transfer") && body.contains("quoting order number " + number), body);
        // the demo data's payee, since this instance configures none: whom to pay, how much, with which note
        assertTrue(body.contains("Account holder: ") && body.contains("Account number: "), body);
        assertTrue(body.contains("Amount: ¥" + order.getString("total")), body);
        assertTrue(body.contains("Transfer note (please do write it): " + number), body);
        assertTrue(
                body.contains(BASE + "/order.xhtml?number=" + number + "&token=" + order.getString("accessToken")),
                body);

        HttpResponse<String> paid = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + number + "/payment-received",
                "{\"amount\": \"" + order.getString("total")
                        + "\", \"method\": \"BANK_TRANSFER\", \"receivedOn\": \"2026-11-29\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        HttpResponse<String> shipped = BackOffice.post(
                app,
                "coop-ningyuan",
                "/api/v1/orders/" + number + "/shipments",
                "{\"carrier\": \"SF Express\", \"trackingNumber\": \"SF0099887766\"}");
        assertEquals(200, shipped.statusCode(), shipped.body());

        MimeMessage shipment = awaitMail(2, number).get(1);
        String shipmentBody = (String) shipment.getContent();
        assertEquals("Longyuan Skilled Hands Market: order " + number + " shipped", shipment.getSubject());
        assertTrue(shipmentBody.contains("Carrier: SF Express"), shipmentBody);
        assertTrue(shipmentBody.contains("Tracking number: SF0099887766"), shipmentBody);
    }

    @Test
    void anOrderPlacedInChineseIsConfirmedInChinese() throws Exception {
        JsonObject product = productOfNingyuanpu();
        JsonObject order = Http.json(Http.post(
                app.uri("api/v1/orders?lang=zh"),
                "application/json",
                orderBody(product.getString("id"), "CASH_ON_DELIVERY"),
                "Idempotency-Key",
                "mail-zh-" + System.nanoTime()));
        String number = order.getString("number");

        MimeMessage confirmation = awaitMail(1, number).get(0);
        String body = (String) confirmation.getContent();
        assertEquals("陇原巧手集市：订单 " + number + " 已提交", confirmation.getSubject());
        assertTrue(body.contains("应付总额：¥" + order.getString("total")), body);
        assertTrue(body.contains("货到付款"), body);
        assertTrue(
                body.contains(BASE + "/order.xhtml?number=" + number + "&token=" + order.getString("accessToken")),
                body);
    }

    /** An order of one piece by a buyer who gives her e-mail address. */
    private static String orderBody(String productId, String paymentMethod) {
        return "{\"lines\": [{\"productId\": \"" + productId + "\", \"quantity\": 1}], "
                + "\"contact\": {\"name\": \"王芳\", \"phone\": \"13912345678\", \"email\": \"wangfang@example.cn\"}, "
                + PublicApiErrorsIT.ADDRESS + ", \"paymentMethod\": \"" + paymentMethod + "\"}";
    }

    private JsonObject productOfNingyuanpu() {
        String cooperative = Http.jsonArray(BackOffice.get(app, "coop-ningyuan", "/api/v1/artisans"))
                .get(0)
                .getJsonObject("cooperative")
                .getString("id");
        return Http.json(Http.get(app.uri("api/v1/products?size=100&cooperative=" + cooperative)))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") > 0)
                .findFirst()
                .orElseThrow();
    }

    /** Waits (the mail goes out after the order commits, on another thread) for this order's mails. */
    private static List<MimeMessage> awaitMail(int count, String number) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> ofOrder = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> subject(m).contains(number))
                    .toList();
            if (ofOrder.size() >= count) {
                return ofOrder;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + count + " mail(s) for order " + number + " within 30 s; see app-mail.log");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
