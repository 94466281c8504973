package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.RequestRefusedException.Reason;
import cn.longyuan.market.application.backoffice.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refunds as the back office's page makes them: pieces chosen line by line, each line back to stock or written
 * off, a reason always given; what is left to refund, and the refunds so far, as the page shows them.
 */
class RefundsChosenOnAPageTest {

    private static final long STOCK_PIECES = 6;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachLineGoesBackToStockOrIsWrittenOffAsChosenAndWhatIsLeftShrinks(TestDatabase database) {
        try (TestDatabase.Opened db = database.open(); OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            String number = paidOfflineOrder(chain, manager, 3);
            Refunds.Outlook before = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertTrue(before.mayRefund(), "a paid order of her cooperative alone");
            assertEquals(3, before.lines().get(0).refundable());
            assertTrue(before.refunds().isEmpty());
            int onHandBefore = shop.onHand();

            Refunds.Done first = chain.tx(em -> shop.refunds(em).refundChosen(manager, number,
                    List.of(new Refunds.Request(1, null, 1, true)), "one arrived torn"));
            Refunds.Done second = chain.tx(em -> shop.refunds(em).refundChosen(manager, number,
                    List.of(new Refunds.Request(1, null, 1, false)), "lost in the post"));

            assertEquals(onHandBefore + 1, shop.onHand(), "the restocked piece is back, the written-off one is not");
            assertTrue(first.refund().restock());
            assertFalse(second.refund().restock());
            Refunds.Outlook after = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertEquals(1, after.lines().get(0).refundable());
            assertEquals(2, after.lines().get(0).refunded());
            assertEquals(List.of(1, 2), after.refunds().stream().map(Refund::seq).toList());
            assertEquals(List.of(true, false), after.refunds().stream().map(r -> r.pieces().get(0).restock()).toList(),
                    "each line keeps its own choice");
            assertEquals("coop-ningyuan", after.refunds().get(0).actor());
            assertEquals(OrderStatus.PAID, shop.order(number).status(), "a piece is still not refunded");
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingChosenNoReasonOrMoreThanIsLeftIsRefusedNextToTheFieldAndChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open(); OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            String number = paidOfflineOrder(chain, manager, 2);
            int onHand = shop.onHand();

            RequestRefusedException nothing = assertThrows(RequestRefusedException.class, () -> chain.tx(em ->
                    shop.refunds(em).refundChosen(manager, number, List.of(new Refunds.Request(1, null, 0, true)), " ")));
            assertEquals(Reason.VALIDATION, nothing.reason());
            assertEquals(List.of("lines", "reason"), nothing.violations().stream().map(v -> v.field()).toList());

            RequestRefusedException tooMany = assertThrows(RequestRefusedException.class, () -> chain.tx(em ->
                    shop.refunds(em).refundChosen(manager, number, List.of(new Refunds.Request(1, null, 3, true)), "torn")));
            assertEquals(List.of("lines[0].quantity"), tooMany.violations().stream().map(v -> v.field()).toList());
            assertTrue(tooMany.violations().get(0).message().contains("2"), tooMany.violations().get(0).message());

            assertEquals(onHand, shop.onHand());
            assertTrue(chain.tx(em -> shop.refunds(em).outlook(manager, number)).refunds().isEmpty());
            assertEquals(0, shop.stripe.received().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherCooperativesOrderIsNotFoundAndAnUnpaidOneCannotBeRefunded(TestDatabase database) {
        try (TestDatabase.Opened db = database.open(); OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            chain.produce(chain.sachetId, chain.mainLocationId, (int) STOCK_PIECES);
            String number = chain.placement().place(Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, 1)),
                    "k-unpaid", "h").order().number();
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor other = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, chain.cooperativeId + 999);

            RequestRefusedException hidden = assertThrows(RequestRefusedException.class, () -> chain.tx(em ->
                    shop.refunds(em).outlook(other, number)));
            assertEquals(Reason.NOT_FOUND, hidden.reason());
            Refunds.Outlook unpaid = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertFalse(unpaid.mayRefund());
            assertEquals(Reason.INVALID_STATE, unpaid.refusal().reason());
            RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> chain.tx(em ->
                    shop.refunds(em).refundChosen(manager, number, List.of(new Refunds.Request(1, null, 1, true)), "why")));
            assertEquals(Reason.INVALID_STATE, refused.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenStripeIsDownAChosenRefundChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open(); OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(2).order().number();
            shop.deliver("evt_1", "payment_intent.succeeded", number);
            shop.stripe.mode(FakeStripe.Mode.HANG);

            RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> shop.chain.tx(em ->
                    shop.refunds(em).refundChosen(OnlineShop.FEDERATION, number, List.of(new Refunds.Request(1, null, 1, true)),
                            "torn")));

            assertEquals(Reason.UNAVAILABLE, refused.reason());
            assertNotNull(refused.getMessage());
            assertEquals(3, shop.onHand());
            assertEquals(0, shop.chain.tx(em -> shop.refunds(em).of(shop.order(number).id())).size());
        }
    }

    private static String paidOfflineOrder(Chain chain, Actor manager, int sachets) {
        chain.produce(chain.sachetId, chain.mainLocationId, (int) STOCK_PIECES);
        var placed = chain.placement().place(Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, sachets)),
                "k-" + System.nanoTime(), "h").order();
        chain.tx(em -> new BackOfficeOrders(em, chain.stock(em), chain.clock).paymentReceived(manager, placed.number(),
                placed.total(), PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 11, 29)));
        return placed.number();
    }
}
