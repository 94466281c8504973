package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Delivery confirmed: who may, when, and what follows — a cash-on-delivery order can then be paid. */
class OrderDeliveriesTest {

    private static Reason refusal(Runnable call) {
        return assertThrows(RequestRefusedException.class, call::run).reason();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aShippedCashOnDeliveryOrderIsDeliveredByItsCooperativeAndThenPaid(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor otherManager = new Actor(3, "coop-elsewhere", Role.COOP_MANAGER, chain.cooperativeId + 1000);
            Actor someBroker = new Actor(4, "broker-zhao", Role.BROKER, null);
            Actor buyer = new Actor(5, "buyer-wang", Role.BUYER, null);
            String number = chain.placement()
                    .place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "k-cod", "h")
                    .order()
                    .number();

            // not shipped yet
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> chain.tx(
                            em -> new OrderDeliveries(em, chain.clock).confirmDelivered(manager, number, null))));
            var shipped = chain.tx(em -> chain.backOffice(em).ship(manager, number, "顺丰速运", "SF1234567890"));
            assertEquals(OrderStatus.SHIPPED, shipped.status());

            // nobody else's to confirm, and not for a day to come
            for (Actor stranger : new Actor[] {otherManager, someBroker, buyer}) {
                assertEquals(
                        Reason.NOT_FOUND,
                        refusal(() -> chain.tx(
                                em -> new OrderDeliveries(em, chain.clock).confirmDelivered(stranger, number, null))),
                        stranger.username());
            }
            assertEquals(
                    Reason.VALIDATION,
                    refusal(() -> chain.tx(em -> new OrderDeliveries(em, chain.clock)
                            .confirmDelivered(manager, number, LocalDate.of(2026, 12, 1)))));

            var delivered = chain.tx(em -> {
                var order = new OrderDeliveries(em, chain.clock)
                        .confirmDelivered(manager, number, LocalDate.of(2026, 11, 28));
                order.parts().size();
                order.history().size();
                return order;
            });
            assertEquals(OrderStatus.DELIVERED, delivered.status());
            assertEquals(PartStatus.DELIVERED, delivered.parts().get(0).status());
            assertEquals(
                    1,
                    delivered.history().stream()
                            .filter(c -> "delivered on 2026-11-28".equals(c.note()))
                            .count(),
                    "the day is in the history");
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> chain.tx(
                            em -> new OrderDeliveries(em, chain.clock).confirmDelivered(manager, number, null))),
                    "delivered once");

            // the courier brings the cash back: the order is paid (it could not be before: nothing delivered an order)
            Money total = delivered.total();
            var paid = chain.tx(em -> chain.backOffice(em)
                    .paymentReceived(
                            manager, number, total, PaymentMethod.CASH_ON_DELIVERY, LocalDate.of(2026, 11, 29)));
            assertEquals(OrderStatus.PAID, paid.status());
        }
    }
}
