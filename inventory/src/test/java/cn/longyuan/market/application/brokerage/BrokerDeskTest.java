package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrokerDeskTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBrokerSeesHerOrdersAndTheOpenOnesAndClaimsHandsBackAndNotes(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = broker(chain, "broker-li");
            Actor zhao = broker(chain, "broker-zhao");
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            String shopOrder = chain.placement()
                    .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k1", "h1")
                    .order()
                    .number();

            BrokerDesk.Desk before = chain.tx(em -> desk(chain, em).desk(li));
            assertEquals(List.of(), before.mine());
            assertEquals(List.of(shopOrder), numbers(before.open()));

            chain.tx(em -> desk(chain, em).claim(li, shopOrder));
            assertEquals(
                    List.of(shopOrder),
                    numbers(chain.tx(em -> desk(chain, em).desk(li)).mine()));
            assertEquals(List.of(), chain.tx(em -> desk(chain, em).desk(li)).open());
            // another broker sees it neither as hers nor as open, cannot claim it, and cannot read its notes
            assertEquals(List.of(), chain.tx(em -> desk(chain, em).desk(zhao)).open());
            RequestRefusedException taken = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> desk(chain, em).claim(zhao, shopOrder)));
            assertEquals(Reason.INVALID_STATE, taken.reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> desk(chain, em).notes(zhao, shopOrder)))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> desk(chain, em).handBack(zhao, shopOrder, null)))
                            .reason());

            chain.tx(em -> desk(chain, em).addNote(li, shopOrder, "打电话确认了地址，下午付款"));
            chain.tx(em -> desk(chain, em).handBack(li, shopOrder, "我下周出差"));
            List<OrderNote> notes = chain.tx(em -> desk(chain, em).notes(federation(), shopOrder));
            assertEquals(
                    List.of(OrderNote.Kind.CLAIMED, OrderNote.Kind.NOTE, OrderNote.Kind.HANDED_BACK),
                    notes.stream().map(OrderNote::kind).toList());
            assertEquals("打电话确认了地址，下午付款", notes.get(1).body());
            assertEquals("broker-li", notes.get(1).author());
            assertTrue(notes.get(2).body().endsWith("我下周出差"));
            assertEquals(
                    List.of(shopOrder),
                    numbers(chain.tx(em -> desk(chain, em).desk(zhao)).open()));

            RequestRefusedException empty = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> desk(chain, em).addNote(federation(), shopOrder, "  ")));
            assertEquals("text", empty.violations().get(0).field());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderNoLongerFollowedCannotBeClaimed(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = broker(chain, "broker-li");
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            String number = chain.placement()
                    .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k1", "h1")
                    .order()
                    .number();
            chain.clock.advance(chain.ttl.plusMinutes(1));
            long id = chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", number)
                    .getSingleResult()
                    .id());
            assertEquals(Boolean.TRUE, chain.tx(em -> chain.orders(em).expireIfOverdue(id)));

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> desk(chain, em).claim(li, number)));
            assertEquals(Reason.INVALID_STATE, refused.reason());
            assertEquals(List.of(), chain.tx(em -> desk(chain, em).desk(li)).open());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPhoneOrderFollowsTheShopsRulesAndLandsOnTheBrokersDesk(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = broker(chain, "broker-li");
            chain.produce(chain.sachetId, chain.mainLocationId, 3);

            RequestRefusedException short_ = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> desk(chain, em)
                            .placeForBuyer(
                                    li, order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 4)), "p1", "h")));
            assertEquals(Reason.OUT_OF_STOCK, short_.reason());
            assertEquals("lines[0].quantity", short_.violations().get(0).field());

            OrderService.PlacedOrder placed = chain.tx(em -> desk(chain, em)
                    .placeForBuyer(li, order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "p2", "h2"));
            assertEquals(OrderStatus.CONFIRMED, placed.order().status());
            assertEquals("136.00", placed.order().subtotal().toDecimalString());
            assertEquals(
                    List.of(new StockLevel(chain.sachetId, chain.mainLocationId, 3, 2)),
                    chain.tx(em -> chain.stock(em).levelsOf(chain.sachetId)));
            // the same key again answers the same order, not a second one
            OrderService.PlacedOrder again = chain.tx(em -> desk(chain, em)
                    .placeForBuyer(li, order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "p2", "h2"));
            assertEquals(placed.order().number(), again.order().number());
            BrokerDesk.Desk desk = chain.tx(em -> desk(chain, em).desk(li));
            assertEquals(List.of(placed.order().number()), numbers(desk.mine()));
            assertEquals(
                    OrderNote.Kind.PLACED_FOR_BUYER,
                    chain.tx(em -> desk(chain, em).notes(li, placed.order().number()))
                            .get(0)
                            .kind());
            assertEquals(
                    "broker-li",
                    chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                            .setParameter("number", placed.order().number())
                            .getSingleResult()
                            .history()
                            .get(0)
                            .actor()));

            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> desk(chain, em)
                                            .placeForBuyer(
                                                    federation(),
                                                    order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)),
                                                    "p3",
                                                    "h")))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> desk(chain, em)
                                            .desk(new Actor(99, "coop", Role.COOP_MANAGER, chain.cooperativeId))))
                            .reason());
        }
    }

    static BrokerDesk desk(Chain chain, EntityManager em) {
        return new BrokerDesk(em, chain.orders(em), chain.clock);
    }

    static Actor broker(Chain chain, String name) {
        long id = chain.tx(em -> {
            Account account = new Account(name, "x", Role.BROKER, null, name, chain.clock.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
        return new Actor(id, name, Role.BROKER, null);
    }

    static Actor federation() {
        return new Actor(1, "federation", Role.FEDERATION, null);
    }

    static List<String> numbers(List<CustomerOrder> orders) {
        return orders.stream().map(CustomerOrder::number).toList();
    }
}
