package cn.longyuan.market.application.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.payment.WebhookReceiver.Answer;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.domain.model.payment.PaymentStatus;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stripe's webhook events: signed, once each, in any order, and the race with the expiry of unpaid orders. */
class PaymentWebhookTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSignedSuccessPaysTheOrderAndSellsItsPieces(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(2).order().number();

            WebhookReceiver.Result result = shop.deliver("evt_1", "payment_intent.succeeded", number);

            assertEquals(Answer.TAKEN, result.answer());
            assertEquals(OrderStatus.PAID, shop.order(number).status());
            assertEquals(PaymentStatus.SUCCEEDED, shop.payment(number).status());
            assertEquals(3, shop.onHand(), "the two held pieces are sold");
            assertEquals(3, shop.available());
            assertEquals("system:stripe", shop.order(number).history().getLast().actor());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void forgedStaleAndUnsignedEventsAreRefusedAndChangeNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();
            Payment p = shop.payment(number);
            String payload = FakeStripe.intentEvent(
                    "evt_x",
                    "payment_intent.succeeded",
                    p.providerRef(),
                    p.amount().fen(),
                    "cny",
                    number,
                    "succeeded");
            long now = shop.chain.clock.instant().getEpochSecond();

            List<String> hostile = List.of(
                    FakeStripe.sign(payload, now, "whsec_someone_else"),
                    FakeStripe.sign(payload, now - 301, FakeStripe.WEBHOOK_SECRET),
                    FakeStripe.sign(
                            payload.replace("\"amount\": 8000", "\"amount\": 1"), now, FakeStripe.WEBHOOK_SECRET),
                    "t=" + now + ",v1=" + "0".repeat(64),
                    "");
            for (String signature : hostile) {
                assertEquals(
                        Answer.REJECTED,
                        shop.webhooks().receive(payload, signature).answer(),
                        signature);
            }
            String tampered = payload.replace("\"amount\": 8000", "\"amount\": 1");
            assertEquals(
                    Answer.REJECTED,
                    shop.webhooks().receive(tampered, shop.signNow(payload)).answer(),
                    "a body changed after signing");
            assertEquals(Answer.REJECTED, shop.webhooks().receive(payload, null).answer());

            assertEquals(OrderStatus.AWAITING_PAYMENT, shop.order(number).status());
            assertEquals(PaymentStatus.CREATED, shop.payment(number).status());
            assertEquals(0, shop.eventCount());
            assertEquals(4, shop.available());
            assertEquals(
                    Answer.TAKEN,
                    shop.webhooks()
                            .receive(payload, FakeStripe.sign(payload, now - 299, FakeStripe.WEBHOOK_SECRET))
                            .answer(),
                    "within the five minutes' tolerance");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReplayedEventTakesEffectOnce(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(2).order().number();

            assertEquals(
                    Answer.TAKEN,
                    shop.deliver("evt_1", "payment_intent.succeeded", number).answer());
            assertEquals(
                    Answer.DUPLICATE,
                    shop.deliver("evt_1", "payment_intent.succeeded", number).answer());
            assertEquals(
                    Answer.TAKEN,
                    shop.deliver("evt_2", "payment_intent.succeeded", number).answer(),
                    "the same news under another id is taken, and changes nothing");

            assertEquals(3, shop.onHand(), "sold once");
            assertEquals(2, shop.eventCount());
            assertEquals(
                    1,
                    shop.order(number).history().stream()
                            .filter(h -> h.toStatus().equals("PAID"))
                            .count());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedAttemptLeavesTheOrderPayableAndLateNewsOfItChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();

            assertEquals(
                    Answer.TAKEN,
                    shop.deliver("evt_f1", "payment_intent.payment_failed", number)
                            .answer());
            assertEquals(OrderStatus.AWAITING_PAYMENT, shop.order(number).status());
            assertEquals(PaymentStatus.FAILED, shop.payment(number).status());
            assertEquals("Your card was declined.", shop.payment(number).lastMessage());
            assertEquals(4, shop.available(), "still held for her next try");
            assertTrue(shop.payments().formOf(number).isPresent(), "the same intent serves the next try");

            shop.deliver("evt_s", "payment_intent.succeeded", number);
            // arriving after the success (Stripe does not promise order): neither undoes it
            shop.deliver("evt_f0", "payment_intent.payment_failed", number);
            shop.deliver("evt_c0", "payment_intent.canceled", number);

            assertEquals(OrderStatus.PAID, shop.order(number).status());
            assertEquals(PaymentStatus.SUCCEEDED, shop.payment(number).status());
            assertEquals(4, shop.onHand());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCancelledIntentCancelsTheUnpaidOrderAndReleasesItsStock(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(2).order().number();

            shop.deliver("evt_c", "payment_intent.canceled", number);

            assertEquals(OrderStatus.CANCELLED, shop.order(number).status());
            assertEquals(5, shop.available());
            assertEquals(5, shop.onHand());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEventForAnUnknownIntentIsRecordedAndChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();
            String payload = FakeStripe.intentEvent(
                    "evt_u", "payment_intent.succeeded", "pi_nobody", 8000, "cny", number, "succeeded");

            WebhookReceiver.Result result = shop.webhooks().receive(payload, shop.signNow(payload));

            assertEquals(Answer.TAKEN, result.answer(), "answered 2xx, so that Stripe stops sending it");
            assertTrue(result.message().contains("no order"), result.message());
            assertEquals(OrderStatus.AWAITING_PAYMENT, shop.order(number).status(), "metadata alone pays nothing");
            assertEquals(4, shop.available());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuccessForAnotherAmountOrCurrencyDoesNotPayTheOrder(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();
            Payment p = shop.payment(number);
            String payload = FakeStripe.intentEvent(
                    "evt_m", "payment_intent.succeeded", p.providerRef(), 100, "cny", number, "succeeded");

            shop.webhooks().receive(payload, shop.signNow(payload));

            assertEquals(OrderStatus.AWAITING_PAYMENT, shop.order(number).status());
            assertEquals(PaymentStatus.MISMATCH, shop.payment(number).status());
            assertTrue(shop.chain.tx(em -> new PaymentReconciliation(em).rows()).stream()
                    .anyMatch(r -> r.orderNumber().equals(number)
                            && r.mismatches().contains(PaymentReconciliation.Mismatch.AMOUNT_DIFFERS)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuccessAfterExpiryHoldsThePiecesAgainWhenStockAllows(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            OrderService.PlacedOrder placed = shop.placeStripeOrder(2);
            String number = placed.order().number();
            expire(shop, number);
            assertEquals(OrderStatus.EXPIRED, shop.order(number).status());

            shop.deliver("evt_late", "payment_intent.succeeded", number);

            assertEquals(OrderStatus.PAID, shop.order(number).status());
            assertEquals(3, shop.onHand());
            assertEquals(PaymentStatus.SUCCEEDED, shop.payment(number).status());
            assertEquals(0, shop.stripe.received("/v1/refunds").size());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuccessAfterExpiryIsRefundedAutomaticallyWhenThePiecesAreGone(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 2);
            String number = shop.placeStripeOrder(2).order().number();
            expire(shop, number);
            shop.chain
                    .placement()
                    .place(
                            Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(shop.chain.sachetId, 2)),
                            "other-buyer",
                            "h");

            shop.stripe.mode(FakeStripe.Mode.FAIL);
            assertEquals(
                    Answer.RETRY_LATER,
                    shop.deliver("evt_late", "payment_intent.succeeded", number).answer());
            assertEquals(0, shop.eventCount(), "nothing recorded: Stripe's next delivery tries again");

            shop.stripe.mode(FakeStripe.Mode.OK);
            assertEquals(
                    Answer.TAKEN,
                    shop.deliver("evt_late", "payment_intent.succeeded", number).answer());

            assertEquals(OrderStatus.EXPIRED, shop.order(number).status());
            assertEquals(PaymentStatus.LATE_REFUNDED, shop.payment(number).status());
            var refunds = shop.stripe.received("/v1/refunds");
            assertEquals(2, refunds.size(), "the failed try and the good one");
            assertEquals(
                    refunds.get(0).idempotencyKey(),
                    refunds.get(1).idempotencyKey(),
                    "one refund, whatever the retries");
            assertEquals("14800", refunds.get(1).form().get("amount"));
            assertEquals(
                    shop.payment(number).providerRef(), refunds.get(1).form().get("payment_intent"));
            assertEquals(0, shop.available(), "the other buyer keeps her pieces");
            shop.assertLedgerMatchesLevels();
        }
    }

    /**
     * The expiry job and the success of the payment, at the same moment, over and over: both lock the order
     * row, so either the order is paid (and the job leaves it) or it expires first and the payment holds the
     * pieces again. Never both, never sold twice, and the ledger always adds up.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWebhookAndTheExpirySweepRacingLeaveOneConsistentOutcome(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 40);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 8; round++) {
                    String number = shop.placeStripeOrder(1).order().number();
                    long orderId = shop.order(number).id();
                    shop.chain.clock.advance(shop.chain.ttl.plus(Duration.ofMinutes(1)));
                    Payment p = shop.payment(number);
                    String payload = FakeStripe.intentEvent(
                            "evt_race_" + round,
                            "payment_intent.succeeded",
                            p.providerRef(),
                            p.amount().fen(),
                            "cny",
                            number,
                            "succeeded");
                    String signature = shop.signNow(payload);
                    CountDownLatch start = new CountDownLatch(1);
                    Future<?> expiry = pool.submit(() -> {
                        start.await();
                        return shop.chain.tx(em -> shop.chain.orders(em).expireIfOverdue(orderId));
                    });
                    Future<WebhookReceiver.Result> webhook = pool.submit(() -> {
                        start.await();
                        return shop.webhooks().receive(payload, signature);
                    });
                    start.countDown();
                    expiry.get();
                    assertEquals(Answer.TAKEN, webhook.get().answer());
                    assertEquals(OrderStatus.PAID, shop.order(number).status(), "round " + round);
                    assertEquals(PaymentStatus.SUCCEEDED, shop.payment(number).status());
                }
                assertEquals(32, shop.onHand(), "eight pieces sold, each once");
                assertEquals(32, shop.available());
                shop.assertLedgerMatchesLevels();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void expire(OnlineShop shop, String number) {
        shop.chain.clock.advance(shop.chain.ttl.plus(Duration.ofMinutes(1)));
        long id = shop.order(number).id();
        boolean expired = shop.chain.tx(em -> shop.chain.orders(em).expireIfOverdue(id));
        assertTrue(expired);
    }
}
