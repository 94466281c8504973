package cn.longyuan.market.application.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.infrastructure.payment.stripe.StripeGateway;
import cn.longyuan.market.infrastructure.payment.stripe.StripeSettings;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Placing an order paid online: the PaymentIntent asked of Stripe, and what happens when Stripe fails. */
class OnlinePaymentTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStripeOrderAsksForAnIntentOfItsOwnTotalInFenWithAKeyFromTheOrder(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);

            OrderService.PlacedOrder placed = shop.placeStripeOrder(2);

            assertEquals(OrderStatus.AWAITING_PAYMENT, placed.order().status());
            assertEquals(3, shop.available(), "the pieces stay held until the payment succeeds");
            var requests = shop.stripe.received("/v1/payment_intents");
            assertEquals(1, requests.size());
            var request = requests.get(0);
            assertEquals("14800", request.form().get("amount"), "68.00 × 2 + 12.00 delivery, in fen");
            assertEquals("cny", request.form().get("currency"));
            assertEquals("card", request.form().get("payment_method_types[0]"));
            assertEquals("alipay", request.form().get("payment_method_types[1]"));
            assertEquals("wechat_pay", request.form().get("payment_method_types[2]"));
            assertEquals(placed.order().number(), request.form().get("metadata[order_number]"));
            assertEquals(OnlinePayments.intentKey(placed.order().number()), request.idempotencyKey());
            assertEquals("Bearer sk_test_x", request.authorization());

            var form = shop.payments().formOf(placed.order().number()).orElseThrow();
            assertTrue(form.clientSecret().startsWith(form.intentId() + "_secret"));
            assertEquals("pk_test_x", form.publishableKey());
            assertEquals(14800, shop.payment(placed.order().number()).amount().fen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutASecretKeyOnlinePaymentIsNotOfferedAndAStripeOrderIsRefused(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            StripeGateway unconfigured = new StripeGateway(
                    new StripeSettings(
                            Optional.of("  "),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(shop.stripe.baseUrl()),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(1)),
                    shop.chain.clock);

            assertFalse(unconfigured.isAvailable(), "an empty key counts as none");
            assertFalse(shop.placement(unconfigured).offersOnlinePayment());
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> shop.placement(unconfigured)
                            .place(Chain.order(PaymentMethod.STRIPE, Chain.line(shop.chain.sachetId, 1)), "k", "h"));
            assertEquals(RequestRefusedException.Reason.VALIDATION, refused.reason());
            assertEquals("paymentMethod", refused.violations().get(0).field());
            assertEquals(5, shop.available(), "nothing was reserved");
            assertEquals(0, shop.stripe.received().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenStripeFailsTheOrderAndItsStockAreKeptAndTheSameRequestRetriesThePayment(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            var command = Chain.order(PaymentMethod.STRIPE, Chain.line(shop.chain.sachetId, 1));

            for (FakeStripe.Mode failure :
                    new FakeStripe.Mode[] {FakeStripe.Mode.FAIL, FakeStripe.Mode.DECLINE, FakeStripe.Mode.HANG}) {
                shop.stripe.mode(failure);
                RequestRefusedException refused = assertThrows(
                        RequestRefusedException.class,
                        () -> shop.placement().place(command, "retry-key", "h"),
                        failure::name);
                assertEquals(RequestRefusedException.Reason.UNAVAILABLE, refused.reason(), failure::name);
                assertTrue(refused.getMessage().contains("is kept"), refused.getMessage());
                if (failure == FakeStripe.Mode.DECLINE) {
                    assertTrue(refused.getMessage().contains("declined"), refused.getMessage());
                }
            }
            assertEquals(4, shop.available(), "the one order placed holds its piece through every failure");

            shop.stripe.mode(FakeStripe.Mode.OK);
            OrderService.PlacedOrder placed = shop.placement().place(command, "retry-key", "h");
            assertEquals(OrderStatus.AWAITING_PAYMENT, placed.order().status());
            assertEquals(4, shop.available(), "the retry answered the same order");
            assertTrue(shop.payments().formOf(placed.order().number()).isPresent());
            assertTrue(
                    shop.stripe.received("/v1/payment_intents").stream()
                            .allMatch(r -> r.idempotencyKey()
                                    .equals(OnlinePayments.intentKey(
                                            placed.order().number()))),
                    "every attempt asked for the same intent");

            OrderService.PlacedOrder again = shop.placement().place(command, "retry-key", "h");
            assertEquals(placed.order().number(), again.order().number());
            assertEquals(
                    4,
                    shop.stripe.received("/v1/payment_intents").size(),
                    "an order with an intent asks for none again");
        }
    }
}
