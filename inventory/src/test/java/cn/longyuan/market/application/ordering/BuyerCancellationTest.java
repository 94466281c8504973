package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.buyers.BuyerSideTest;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A buyer calls off her unpaid order herself; a paid or packed one stays the cooperative's to cancel. */
class BuyerCancellationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnpaidOrderCancelledWithItsTokenGivesItsPiecesBackOnce(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            OrderService.PlacedOrder placed =
                    chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "c-1", "h");
            assertEquals(1, available(chain));
            assertTrue(placed.order().mayBeCancelledByBuyer());

            OrderView cancelled = chain.tx(
                    em -> chain.orders(em).cancelForToken(placed.order().number(), placed.accessToken()));

            assertEquals(OrderStatus.CANCELLED, cancelled.status());
            assertTrue(cancelled.parts().stream().allMatch(p -> p.status().equals(PartStatus.CANCELLED.name())));
            OrderView.Change last = cancelled.history().get(cancelled.history().size() - 1);
            assertEquals(OrderService.BUYER, last.actor());
            assertEquals("CANCELLED", last.to());
            assertEquals(3, available(chain));
            assertEquals(
                    List.of(),
                    chain.tx(em -> chain.orders(em)
                            .overdueOrderIds(chain.clock.instant().plus(chain.ttl.multipliedBy(2)), 10)),
                    "a cancelled order is nothing for the expiry job");

            RequestRefusedException again = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> chain.orders(em).cancelForToken(placed.order().number(), placed.accessToken())));
            assertEquals(Reason.INVALID_STATE, again.reason());
            assertEquals(3, available(chain), "a second cancel releases nothing more");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWrongTokenOrAnotherBuyersOrderIsNotFoundAndChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            long wang = BuyerSideTest.register(chain, "wang-cancel");
            long li = BuyerSideTest.register(chain, "li-cancel");
            String number = BuyerSideTest.placeAs(chain, wang, "zh", "c-2");

            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> chain.orders(em).cancelForToken(number, "not-the-token")))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> chain.orders(em).cancelForBuyer(li, number)))
                            .reason());
            assertEquals(
                    OrderStatus.CONFIRMED, BuyerSideTest.view(chain, number).status());
            assertEquals(1, available(chain));

            // her own cash-on-delivery order, not yet packed: she may call it off from her order history
            assertEquals(
                    OrderStatus.CANCELLED,
                    chain.tx(em -> chain.orders(em).cancelForBuyer(wang, number))
                            .status());
            assertEquals(3, available(chain));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPaidOrderOrAPackedOneCannotBeCancelledByTheBuyer(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            OrderService.PlacedOrder paid =
                    chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "c-3", "h");
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> chain.backOffice(em)
                    .paymentReceived(
                            manager,
                            paid.order().number(),
                            Money.parse("148.00"),
                            PaymentMethod.BANK_TRANSFER,
                            LocalDate.of(2026, 11, 29)));

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> chain.orders(em).cancelForToken(paid.order().number(), paid.accessToken())));
            assertEquals(Reason.INVALID_STATE, refused.reason());
            assertTrue(refused.getMessage().contains("PAID"), refused.getMessage());
            OrderView after = chain.tx(
                            em -> chain.orders(em).findForToken(paid.order().number(), paid.accessToken()))
                    .orElseThrow();
            assertEquals(OrderStatus.PAID, after.status());
            assertFalse(after.mayBeCancelledByBuyer());

            OrderService.PlacedOrder cod =
                    chain.placement().place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)), "c-4", "h");
            chain.db.run(em -> BuyerSideTest.orderOf(em, cod.order().number())
                    .parts()
                    .get(0)
                    .moveTo(PartStatus.PACKED, "coop-ningyuan", "packed", chain.clock.instant()));
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> chain.orders(em)
                                            .cancelForToken(cod.order().number(), cod.accessToken())))
                            .reason());
            assertEquals(2, available(chain), "the paid pieces stay sold, the packed one stays held");
        }
    }

    private static int available(Chain chain) {
        return chain.tx(
                em -> chain.stock(em).availableOf(List.of(chain.sachetId)).get(chain.sachetId));
    }
}
