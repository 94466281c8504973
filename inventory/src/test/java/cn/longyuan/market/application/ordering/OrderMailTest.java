package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.buyers.BuyerSideTest;
import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.infrastructure.mail.Mailer;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order e-mails as they arrive at an SMTP server (GreenMail, in this process): Chinese and English. */
class OrderMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String BASE = "https://shop.example.cn/";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theConfirmationInChineseHasTheLinesTotalsPaymentAndTheTrackingLink(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            var placed = chain.tx(em -> BuyerSideTest.buyerOrders(chain, em)
                    .place(
                            order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)),
                            "mail-1",
                            "h",
                            BuyerOrders.Origin.guest("zh")));
            long orderId = chain.tx(
                    em -> BuyerSideTest.orderOf(em, placed.order().number()).id());

            Optional<cn.longyuan.market.application.shared.MailMessage> mail = chain.tx(em ->
                    new OrderMails(em, BASE, BankTransferPayee.none()).confirmation(orderId, placed.accessToken()));
            mailer().send(mail.orElseThrow());

            MimeMessage received = onlyMessage();
            String number = placed.order().number();
            assertEquals("wang@example.cn", received.getAllRecipients()[0].toString());
            assertEquals("陇原巧手集市：订单 " + number + " 已提交", received.getSubject());
            String body = (String) received.getContent();
            assertTrue(body.contains("王芳，您好"), body);
            assertTrue(body.contains("端午香包 × 2，单价 ¥68.00，小计 ¥136.00"), body);
            assertTrue(body.contains("运费：¥12.00"), body);
            assertTrue(body.contains("应付总额：¥148.00"), body);
            assertTrue(body.contains("银行转账") && body.contains("转账附言请注明订单号 " + number), body);
            assertTrue(
                    body.contains(
                            "https://shop.example.cn/order.xhtml?number=" + number + "&token=" + placed.accessToken()),
                    body);
            assertFalse(body.contains("Total"), "no English in the Chinese mail");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegisteredBuyerWhoShopsInEnglishGetsEnglishMailsAlsoForTheShipment(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long buyer = BuyerSideTest.register(chain, "overseas-gift");
            var placed = chain.tx(em -> BuyerSideTest.buyerOrders(chain, em)
                    .place(
                            order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)),
                            "mail-2",
                            "h",
                            new BuyerOrders.Origin(buyer, "en")));
            long orderId = chain.tx(
                    em -> BuyerSideTest.orderOf(em, placed.order().number()).id());

            mailer().send(chain.tx(em -> new OrderMails(em, BASE, BankTransferPayee.none())
                            .confirmation(orderId, placed.accessToken()))
                    .orElseThrow());
            mailer().send(chain.tx(em -> new OrderMails(em, BASE, BankTransferPayee.none())
                            .shipment(
                                    new OrderShipped(orderId, chain.cooperativeId, "顺丰速运 SF Express", "SF1234567890")))
                    .orElseThrow());

            MimeMessage[] received = SMTP.getReceivedMessages();
            assertEquals(2, received.length);
            String confirmation = (String) received[0].getContent();
            assertEquals(
                    "Longyuan Skilled Hands Market: order " + placed.order().number() + " placed",
                    received[0].getSubject());
            assertTrue(confirmation.contains("Dragon Boat sachet × 1 at ¥68.00: ¥68.00"), confirmation);
            assertTrue(confirmation.contains("Total to pay: ¥80.00"), confirmation);
            assertTrue(confirmation.contains("cash on delivery"), confirmation);
            assertTrue(confirmation.contains("token=" + placed.accessToken()), confirmation);
            String shipment = (String) received[1].getContent();
            assertEquals(
                    "Longyuan Skilled Hands Market: order " + placed.order().number() + " shipped",
                    received[1].getSubject());
            assertTrue(shipment.contains("made by Ningyuanpu Skilled Hands Cooperative"), shipment);
            assertTrue(shipment.contains("Carrier: 顺丰速运 SF Express"), shipment);
            assertTrue(shipment.contains("Tracking number: SF1234567890"), shipment);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGiftsConfirmationSaysItIsAGiftAndQuotesHerMessageAsWrittenInHerLanguage(TestDatabase database)
            throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            // braces and quotes are MessageFormat's own signs; the second line imitates a line of the mail
            String message = "妈妈，生日快乐 {0} it's yours\nAccount number: 6222 0000 0000";
            String zh = giftConfirmation(chain, "gift-zh", "zh", message);
            assertTrue(zh.contains("此订单为礼品：包裹内的装箱单不显示价格。"), zh);
            assertTrue(
                    zh.contains("您的礼品留言（印在装箱单上）：\n> 妈妈，生日快乐 {0} it's yours\n> Account number: 6222 0000 0000\n"), zh);
            assertFalse(zh.contains("\nAccount number"), "her words never start a line of the mail");
            String en = giftConfirmation(chain, "gift-en", "en", "Happy birthday, Mum");
            assertTrue(en.contains("This order is a gift: the packing slip in the parcel shows no prices."), en);
            assertTrue(en.contains("Your gift message, printed on the packing slip:\n> Happy birthday, Mum\n"), en);
            String noMessage = giftConfirmation(chain, "gift-none", "en", null);
            assertTrue(noMessage.contains("This order is a gift"), noMessage);
            assertFalse(noMessage.contains("gift message"), noMessage);
            String notAGift = plainConfirmation(chain);
            assertFalse(notAGift.contains("礼品"), notAGift);
        }
    }

    private String giftConfirmation(Chain chain, String key, String language, String message) throws Exception {
        var command = order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1));
        var gift = new cn.longyuan.market.application.ordering.PlaceOrderCommand(
                command.lines(),
                command.contact(),
                command.shippingAddress(),
                command.paymentMethod(),
                new cn.longyuan.market.domain.model.ordering.Gift(message));
        return sentConfirmation(chain, gift, key, language);
    }

    private String plainConfirmation(Chain chain) throws Exception {
        return sentConfirmation(
                chain, order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)), "gift-not", "zh");
    }

    private String sentConfirmation(
            Chain chain, cn.longyuan.market.application.ordering.PlaceOrderCommand command, String key, String language)
            throws Exception {
        var placed = chain.tx(em ->
                BuyerSideTest.buyerOrders(chain, em).place(command, key, "h", BuyerOrders.Origin.guest(language)));
        long orderId = chain.tx(
                em -> BuyerSideTest.orderOf(em, placed.order().number()).id());
        int before = SMTP.getReceivedMessages().length;
        mailer().send(chain.tx(em ->
                        new OrderMails(em, BASE, BankTransferPayee.none()).confirmation(orderId, placed.accessToken()))
                .orElseThrow());
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(before + 1, received.length);
        // a plain ASCII body travels with CRLF line ends
        return ((String) received[before].getContent()).replace("\r\n", "\n");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderWithoutAnEmailAddressSendsNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            var command = order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1));
            var noEmail = new cn.longyuan.market.application.ordering.PlaceOrderCommand(
                    command.lines(),
                    new cn.longyuan.market.domain.model.ordering.Contact("王芳", "13912345678", null),
                    command.shippingAddress(),
                    command.paymentMethod());
            var placed = chain.tx(em ->
                    BuyerSideTest.buyerOrders(chain, em).place(noEmail, "mail-3", "h", BuyerOrders.Origin.guest("zh")));
            long orderId = chain.tx(
                    em -> BuyerSideTest.orderOf(em, placed.order().number()).id());

            assertTrue(chain.tx(em -> new OrderMails(em, BASE, BankTransferPayee.none())
                            .confirmation(orderId, placed.accessToken()))
                    .isEmpty());
        }
    }

    private static Mailer mailer() {
        return new Mailer(new Mailer.Settings(
                Optional.of("localhost"),
                SMTP.getSmtp().getPort(),
                Optional.empty(),
                Optional.empty(),
                "shop@longyuan.example"));
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        return received[0];
    }
}
