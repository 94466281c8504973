package cn.longyuan.market.application.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Refunds from the back office: through Stripe or recorded, per line or whole, pieces restocked or written off. */
class RefundsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartialThenFullRefundOfAStripeOrderGoesThroughStripeAndEndsRefunded(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(3).order().number();
            shop.deliver("evt_1", "payment_intent.succeeded", number);
            assertEquals(2, shop.onHand());

            Refunds.Done first = shop.chain.tx(em -> shop.refunds(em)
                    .refund(
                            OnlineShop.FEDERATION,
                            number,
                            List.of(new Refunds.Request(1, null, 1)),
                            true,
                            "one arrived torn"));

            assertEquals(Money.parse("68.00"), first.refund().amount());
            assertEquals(OrderStatus.PAID, shop.order(number).status(), "a partial refund leaves the order paid");
            assertEquals(3, shop.onHand(), "the piece is back in stock");
            var stripeRefunds = shop.stripe.received("/v1/refunds");
            assertEquals(1, stripeRefunds.size());
            assertEquals("6800", stripeRefunds.get(0).form().get("amount"));
            assertEquals(
                    shop.payment(number).providerRef(),
                    stripeRefunds.get(0).form().get("payment_intent"));
            assertTrue(stripeRefunds.get(0).idempotencyKey().startsWith("longyuan-refund-" + number + "-1-"));

            Refunds.Done rest = shop.chain.tx(
                    em -> shop.refunds(em).refund(OnlineShop.FEDERATION, number, null, false, "buyer cancelled"));

            assertTrue(rest.full());
            Money total = shop.order(number).total();
            assertEquals(
                    total.minus(Money.parse("68.00")),
                    rest.refund().amount(),
                    "the rest of what she paid, delivery included");
            assertEquals(OrderStatus.REFUNDED, shop.order(number).status());
            assertEquals("federation", shop.order(number).history().getLast().actor());
            assertEquals(3, shop.onHand(), "written off: the two pieces do not come back");
            assertEquals(
                    Long.toString(total.fen() - 6800),
                    shop.stripe.received("/v1/refunds").get(1).form().get("amount"));
            shop.assertLedgerMatchesLevels();
            long writtenOff = shop.chain.tx(em -> ((Number) em.createNativeQuery(
                                    "select count(*) from stock_movement where kind = 'ADJUSTED' and reason like 'written off%'")
                            .getSingleResult())
                    .longValue());
            assertEquals(1, writtenOff, "the ledger says the pieces were written off");

            RequestRefusedException again = assertThrows(
                    RequestRefusedException.class,
                    () -> shop.chain.tx(
                            em -> shop.refunds(em).refund(OnlineShop.FEDERATION, number, null, true, null)));
            assertEquals(Reason.INVALID_STATE, again.reason());
            var rows = shop.chain.tx(em -> new PaymentReconciliation(em).rows());
            var row = rows.stream()
                    .filter(r -> r.orderNumber().equals(number))
                    .findFirst()
                    .orElseThrow();
            assertEquals(total, row.refunded());
            assertTrue(row.mismatches().contains(PaymentReconciliation.Mismatch.REFUNDED));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefundTakesBackTheIncomeOfTheRefundedPieces(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(3).order().number();
            shop.deliver("evt_1", "payment_intent.succeeded", number);
            long orderId = shop.order(number).id();
            // the container's event writes the sale's income when the pieces are sold; here the ledger is called as it
            // would be
            shop.chain.tx(em -> new cn.longyuan.market.application.income.IncomeLedger(em, shop.chain.clock)
                    .recordSale(orderId, shop.chain.sachetId, shop.chain.mainLocationId, 3, "test"));

            shop.chain.tx(em -> shop.refunds(em)
                    .refund(
                            OnlineShop.FEDERATION,
                            number,
                            List.of(new Refunds.Request(1, null, 1)),
                            true,
                            "one arrived torn"));

            int net = shop.chain.tx(em -> new cn.longyuan.market.application.income.IncomeLedger(em, shop.chain.clock)
                    .netPiecesSold(orderId, shop.chain.sachetId, shop.chain.mainLocationId));
            assertEquals(2, net, "the refunded piece no longer counts as sold income");
            long reversedArtisanFen = shop.chain.tx(em -> ((Number) em.createNativeQuery(
                                    "select coalesce(sum(artisan_fen), 0) from income_entry where kind = 'REVERSAL' and order_id = ?1")
                            .setParameter(1, orderId)
                            .getSingleResult())
                    .longValue());
            long soldArtisanFen = shop.chain.tx(em -> ((Number) em.createNativeQuery(
                                    "select coalesce(sum(artisan_fen), 0) from income_entry where kind = 'SALE' and order_id = ?1")
                            .setParameter(1, orderId)
                            .getSingleResult())
                    .longValue());
            assertTrue(
                    reversedArtisanFen > 0 && reversedArtisanFen * 3 == soldArtisanFen,
                    "a third of the artisan's share is taken back: " + reversedArtisanFen + " of " + soldArtisanFen);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenStripeFailsNothingIsRefundedOrRestocked(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();
            shop.deliver("evt_1", "payment_intent.succeeded", number);
            shop.stripe.mode(FakeStripe.Mode.HANG);

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> shop.chain.tx(
                            em -> shop.refunds(em).refund(OnlineShop.FEDERATION, number, null, true, null)));

            assertEquals(Reason.UNAVAILABLE, refused.reason());
            assertEquals(OrderStatus.PAID, shop.order(number).status());
            assertEquals(4, shop.onHand());
            assertEquals(
                    0,
                    shop.chain
                            .tx(em -> shop.refunds(em).of(shop.order(number).id()))
                            .size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfflineRefundIsRecordedWithoutStripeAndOnlyItsOwnManagerOrTheFederationMayDoIt(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            String number = chain.placement()
                    .place(Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, 2)), "k", "h")
                    .order()
                    .number();
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> chain.backOffice(em)
                    .paymentReceived(
                            manager,
                            number,
                            Money.parse("148.00"),
                            PaymentMethod.BANK_TRANSFER,
                            LocalDate.of(2026, 11, 29)));

            Actor otherManager = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, chain.cooperativeId + 999);
            RequestRefusedException hidden = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em).refund(otherManager, number, null, true, null)));
            assertEquals(Reason.NOT_FOUND, hidden.reason());
            RequestRefusedException tooMany = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em)
                            .refund(
                                    manager,
                                    number,
                                    List.of(new Refunds.Request(null, chain.sachetId, 3)),
                                    true,
                                    null)));
            assertEquals(Reason.VALIDATION, tooMany.reason());
            assertEquals("lines[0].quantity", tooMany.violations().get(0).field());

            Refunds.Done done = chain.tx(em -> shop.refunds(em).refund(manager, number, null, true, "returned"));

            assertNull(done.refund().providerRef(), "recorded, not sent anywhere");
            assertEquals(0, shop.stripe.received().size());
            assertEquals(OrderStatus.REFUNDED, shop.order(number).status());
            assertEquals("coop-ningyuan", shop.order(number).history().getLast().actor());
            assertEquals(5, shop.onHand());
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnpaidOrderCannotBeRefunded(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(1).order().number();

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> shop.chain.tx(
                            em -> shop.refunds(em).refund(OnlineShop.FEDERATION, number, null, true, null)));

            assertEquals(Reason.INVALID_STATE, refused.reason());
            assertEquals(0, shop.stripe.received("/v1/refunds").size());
        }
    }
}
