package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.FulfilmentStepsTest;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an order's page offers a user: the steps its services take from her then, and no other. */
class OrderActionsTest {

    private static final long NINGYUANPU = 7;
    private static final long SHUANGWAN = 3;
    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);
    private static final Actor BROKER = new Actor(4, "broker-zhao", Role.BROKER, null);

    private static Actor manager(long cooperativeId) {
        return new Actor(2, "coop-" + cooperativeId, Role.COOP_MANAGER, cooperativeId);
    }

    /** Confirm payment, pack, ship, confirm delivery, cancel, return pieces, refunded — as a string that reads in a failure. */
    private static String offered(OrderActions a) {
        return (a.confirmPayment() ? "P" : "-")
                + (a.pack() ? "K" : "-")
                + (a.ship() ? "S" : "-")
                + (a.confirmDelivery() ? "D" : "-")
                + (a.cancel() ? "C" : "-")
                + (a.returnPieces() ? "R" : "-")
                + (a.refunded() ? "$" : "-");
    }

    @Test
    void anOfflinePaymentIsConfirmedByFederationStaffTheOrdersBrokerOrTheCooperativeOfAnOrderOfItsPartAlone() {
        CustomerOrder alone = FulfilmentStepsTest.order(PaymentMethod.BANK_TRANSFER, NINGYUANPU);
        CustomerOrder shared = FulfilmentStepsTest.order(PaymentMethod.BANK_TRANSFER, NINGYUANPU, SHUANGWAN);
        shared.assignBroker(BROKER.accountId());

        assertEquals("P------", offered(OrderActions.of(FEDERATION, alone)));
        assertEquals("P---C--", offered(OrderActions.of(manager(NINGYUANPU), alone)));
        assertEquals("----C--", offered(OrderActions.of(manager(NINGYUANPU), shared)), "several cooperatives");
        assertEquals("P------", offered(OrderActions.of(BROKER, shared)), "her order");
        assertEquals("-------", offered(OrderActions.of(BROKER, alone)), "not hers");
        assertEquals(
                "----C--",
                offered(OrderActions.of(
                        manager(NINGYUANPU), FulfilmentStepsTest.order(PaymentMethod.STRIPE, NINGYUANPU))),
                "an online payment is Stripe's to confirm");
    }

    @Test
    void federationStaffHaveNoPartToFulfilAndSeeTheOrderRefundedAsAWhole() {
        CustomerOrder order = FulfilmentStepsTest.order(PaymentMethod.BANK_TRANSFER, NINGYUANPU, SHUANGWAN);
        order.moveTo(OrderStatus.PAID, "staff", null, order.placedAt());

        assertNull(OrderActions.ownPart(FEDERATION, order));
        assertEquals(SHUANGWAN, OrderActions.ownPart(manager(SHUANGWAN), order).cooperativeId());
        assertEquals("-------", offered(OrderActions.of(FEDERATION, order)));
        assertEquals("-KS-C--", offered(OrderActions.of(manager(SHUANGWAN), order)));

        order.moveTo(OrderStatus.REFUNDED, "staff", null, order.placedAt());
        assertEquals("------$", offered(OrderActions.of(FEDERATION, order)));
        assertEquals("------$", offered(OrderActions.of(manager(SHUANGWAN), order)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBankTransferOrderOffersEachStepWhenItsServiceTakesItAndRefusesWhatItDoesNotOffer(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            Actor manager = manager(chain.cooperativeId);
            String number = place(chain, PaymentMethod.BANK_TRANSFER);

            assertEquals("P---C--", offered(actions(chain, manager, number)));
            assertEquals("P------", offered(actions(chain, FEDERATION, number)));
            assertRefused(chain, s -> s.fulfilment().pack(manager, number));
            assertRefused(chain, s -> s.orders().ship(manager, number, "顺丰速运", "SF1"));
            assertRefused(chain, s -> s.deliveries().confirmDelivered(manager, number, null));
            assertRefused(chain, s -> returnOne(s, manager, number, chain.sachetId));

            Money total = with(chain, s -> s.orders().handled(manager, number).total());
            with(
                    chain,
                    s -> s.orders()
                            .paymentReceived(
                                    manager, number, total, PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 11, 29)));
            assertEquals("-KS-C--", offered(actions(chain, manager, number)));
            assertRefused(
                    chain,
                    s -> s.orders()
                            .paymentReceived(
                                    manager, number, total, PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 11, 29)));

            with(chain, s -> s.fulfilment().pack(manager, number));
            assertEquals("--S-C--", offered(actions(chain, manager, number)));
            assertRefused(chain, s -> s.fulfilment().pack(manager, number));

            with(chain, s -> s.orders().ship(manager, number, "顺丰速运", "SF1"));
            assertEquals("---D-R-", offered(actions(chain, manager, number)));
            assertRefused(chain, s -> s.orders().ship(manager, number, "顺丰速运", "SF2"));
            assertRefused(chain, s -> s.fulfilment().cancel(manager, number, "changed her mind"));

            with(chain, s -> s.deliveries().confirmDelivered(manager, number, null));
            assertEquals("-----R-", offered(actions(chain, manager, number)));
            assertRefused(chain, s -> s.deliveries().confirmDelivered(manager, number, null));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCashOnDeliveryOrderShipsAtOnceIsPaidAfterDeliveryAndACancelledOneOffersNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 4);
            Actor manager = manager(chain.cooperativeId);
            String delivered = place(chain, PaymentMethod.CASH_ON_DELIVERY);
            String cancelled = place(chain, PaymentMethod.CASH_ON_DELIVERY);
            Money total =
                    with(chain, s -> s.orders().handled(manager, delivered).total());
            LocalDate today = LocalDate.of(2026, 11, 29);

            assertEquals("-KS-C--", offered(actions(chain, manager, delivered)));
            assertRefused(
                    chain,
                    s -> s.orders().paymentReceived(manager, delivered, total, PaymentMethod.CASH_ON_DELIVERY, today));

            with(chain, s -> s.orders().ship(manager, delivered, "顺丰速运", "SF1"));
            assertEquals("---D-R-", offered(actions(chain, manager, delivered)));
            with(chain, s -> s.deliveries().confirmDelivered(manager, delivered, null));
            assertEquals("P----R-", offered(actions(chain, manager, delivered)));
            with(
                    chain,
                    s -> s.orders().paymentReceived(manager, delivered, total, PaymentMethod.CASH_ON_DELIVERY, today));
            assertEquals("-----R-", offered(actions(chain, manager, delivered)));

            with(chain, s -> s.fulfilment().cancel(manager, cancelled, "the buyer called"));
            assertEquals("-------", offered(actions(chain, manager, cancelled)));
            assertRefused(chain, s -> s.fulfilment().pack(manager, cancelled));
            assertRefused(chain, s -> s.orders().ship(manager, cancelled, "顺丰速运", "SF3"));
            assertRefused(chain, s -> s.fulfilment().cancel(manager, cancelled, "again"));
        }
    }

    /** The services of one transaction. */
    private record Services(BackOfficeOrders orders, OrderFulfilment fulfilment, OrderDeliveries deliveries) {}

    private static <T> T with(Chain chain, Function<Services, T> work) {
        return chain.tx(em -> work.apply(services(chain, em)));
    }

    private static Services services(Chain chain, EntityManager em) {
        return new Services(
                chain.backOffice(em),
                new OrderFulfilment(em, chain.stock(em), new IncomeLedger(em, chain.clock), chain.clock, chain.printer),
                new OrderDeliveries(em, chain.clock));
    }

    private static OrderActions actions(Chain chain, Actor actor, String number) {
        return with(chain, s -> OrderActions.of(actor, s.orders().handled(actor, number)));
    }

    private static void assertRefused(Chain chain, Function<Services, ?> step) {
        assertEquals(
                Reason.INVALID_STATE,
                assertThrows(RequestRefusedException.class, () -> with(chain, step))
                        .reason());
    }

    private static CustomerOrder returnOne(Services s, Actor actor, String number, long productId) {
        return s.fulfilment().returnPieces(actor, number, productId, 1, OrderReturn.Disposition.RESTOCK, "torn");
    }

    private static String place(Chain chain, PaymentMethod method) {
        return chain.placement()
                .place(order(method, line(chain.sachetId, 1)), "k" + System.nanoTime(), "h")
                .order()
                .number();
    }
}
