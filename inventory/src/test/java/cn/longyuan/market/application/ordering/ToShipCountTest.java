package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's "to ship" (issue 17): the orders a part of which may be shipped now, by the fulfilment page's rule
 * ({@link OrderPart#mayBeShipped()}) — a paid bank transfer and a confirmed cash-on-delivery order count; an unpaid
 * one, a shipped one and a cash-on-delivery order paid after its delivery (PAID, like a prepaid one) do not.
 */
class ToShipCountTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyOrdersWithAPartThatMayShipNowAreToShip(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 20);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor staff = new Actor(3, "federation", Role.FEDERATION, null);
            Actor otherManager = new Actor(4, "coop-elsewhere", Role.COOP_MANAGER, chain.cooperativeId + 1000);

            place(chain, PaymentMethod.BANK_TRANSFER, "unpaid"); // waits for its money: not to ship
            String paid = place(chain, PaymentMethod.BANK_TRANSFER, "paid");
            pay(chain, manager, paid, PaymentMethod.BANK_TRANSFER); // to ship
            String packed = place(chain, PaymentMethod.BANK_TRANSFER, "packed");
            pay(chain, manager, packed, PaymentMethod.BANK_TRANSFER);
            chain.tx(em -> new OrderFulfilment(
                            em, chain.stock(em), new IncomeLedger(em, chain.clock), chain.clock, chain.printer)
                    .pack(manager, packed)); // to ship
            String sent = place(chain, PaymentMethod.BANK_TRANSFER, "sent");
            pay(chain, manager, sent, PaymentMethod.BANK_TRANSFER);
            ship(chain, manager, sent); // gone: not to ship
            place(chain, PaymentMethod.CASH_ON_DELIVERY, "confirmed"); // ships at once, paid on delivery: to ship
            String onItsWay = place(chain, PaymentMethod.CASH_ON_DELIVERY, "on-its-way");
            ship(chain, manager, onItsWay); // not to ship
            String cashIn = place(chain, PaymentMethod.CASH_ON_DELIVERY, "cash-in");
            ship(chain, manager, cashIn);
            chain.tx(em -> new OrderDeliveries(em, chain.clock).confirmDelivered(manager, cashIn, RECEIVED));
            pay(chain, manager, cashIn, PaymentMethod.CASH_ON_DELIVERY);
            assertEquals(
                    OrderStatus.PAID,
                    chain.tx(em -> orders(chain, em).handled(manager, cashIn)).status(),
                    "paid after its delivery: PAID, like a prepaid order waiting to ship");

            assertEquals(3, toShip(chain, manager), "paid, packed and confirmed cash on delivery");
            assertEquals(3, toShip(chain, staff));
            assertEquals(0, toShip(chain, otherManager), "no part of hers");
            // the count is the fulfilment page's rule, asked of every order in Java
            long byTheRule = chain.tx(
                    em -> em.createQuery("select o from CustomerOrder o", CustomerOrder.class).getResultList().stream()
                            .filter(o -> o.parts().stream().anyMatch(OrderPart::mayBeShipped))
                            .count());
            assertEquals(byTheRule, toShip(chain, staff));
        }
    }

    private static BackOfficeOrders orders(Chain chain, jakarta.persistence.EntityManager em) {
        return chain.backOffice(em);
    }

    private static long toShip(Chain chain, Actor actor) {
        return chain.tx(em -> orders(chain, em).toShip(actor));
    }

    private static String place(Chain chain, PaymentMethod method, String key) {
        return chain.placement()
                .place(order(method, line(chain.sachetId, 1)), key, "h")
                .order()
                .number();
    }

    private static void pay(Chain chain, Actor manager, String number, PaymentMethod method) {
        chain.tx(em -> {
            BackOfficeOrders orders = orders(chain, em);
            return orders.paymentReceived(
                    manager, number, orders.handled(manager, number).total(), method, RECEIVED);
        });
    }

    private static void ship(Chain chain, Actor manager, String number) {
        chain.tx(em -> orders(chain, em).ship(manager, number, "顺丰速运", "SF" + number));
    }
}
