package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.application.brokerage.BrokerDeskTest.broker;
import static cn.longyuan.market.application.brokerage.BrokerDeskTest.desk;
import static cn.longyuan.market.application.brokerage.BrokerDeskTest.federation;
import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.brokerage.BrokerDesk.DeskList;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.SecondCooperative;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The desk's two lists filtered and paged in the database, within what the broker (federation staff) may see. */
class DeskListTest {

    private static String place(Chain chain, PaymentMethod method, long productId) {
        String number = chain.placement()
                .place(order(method, line(productId, 1)), "k" + System.nanoTime(), "h")
                .order()
                .number();
        chain.clock.advance(Duration.ofDays(1));
        return number;
    }

    private static BackOfficeOrders.OrderPage page(
            Chain chain, Actor actor, DeskList list, DeskFilter filter, int first, int size) {
        return chain.tx(em -> desk(chain, em).desk(actor, list, filter, first, size));
    }

    private static List<String> numbers(Chain chain, Actor actor, DeskList list, DeskFilter filter) {
        return page(chain, actor, list, filter, 0, 100).items().stream()
                .map(CustomerOrder::number)
                .toList();
    }

    private static DeskFilter filter(OrderFilter orders) {
        return new DeskFilter(orders, null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDesksListsAreFilteredAndPagedWithinTheBrokersReach(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            SecondCooperative other = SecondCooperative.in(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            Actor li = broker(chain, "broker-li");
            Actor zhao = broker(chain, "broker-zhao");
            // Beijing 29 Nov .. 4 Dec, one a day: li claims three, zhao one, two stay open
            List<String> n = new ArrayList<>();
            n.add(place(chain, PaymentMethod.BANK_TRANSFER, chain.sachetId));
            n.add(place(chain, PaymentMethod.BANK_TRANSFER, other.gourdId()));
            n.add(place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId));
            n.add(place(chain, PaymentMethod.BANK_TRANSFER, chain.sachetId));
            n.add(place(chain, PaymentMethod.BANK_TRANSFER, other.gourdId()));
            n.add(place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId));
            for (int i : new int[] {0, 1, 2}) {
                chain.tx(em -> desk(chain, em).claim(li, n.get(i)));
            }
            chain.tx(em -> desk(chain, em).claim(zhao, n.get(3)));

            assertEquals(List.of(n.get(2), n.get(1), n.get(0)), numbers(chain, li, DeskList.MINE, DeskFilter.ANY));
            assertEquals(List.of(n.get(5), n.get(4)), numbers(chain, li, DeskList.OPEN, DeskFilter.ANY));
            BackOfficeOrders.OrderPage second = page(chain, li, DeskList.MINE, DeskFilter.ANY, 1, 1);
            assertEquals(
                    List.of(n.get(1)),
                    second.items().stream().map(CustomerOrder::number).toList());
            assertEquals(3, second.total(), "the total counts every order of the list, not the page");

            // status, days, cooperative, product, text narrow each list
            assertEquals(
                    List.of(n.get(2)),
                    numbers(chain, li, DeskList.MINE, filter(OrderFilter.status(OrderStatus.CONFIRMED))));
            assertEquals(
                    List.of(n.get(5)),
                    numbers(chain, li, DeskList.OPEN, filter(OrderFilter.status(OrderStatus.CONFIRMED))));
            assertEquals(
                    List.of(n.get(1), n.get(0)),
                    numbers(
                            chain,
                            li,
                            DeskList.MINE,
                            filter(OrderFilter.of(
                                    null, null, LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), null, null))));
            assertEquals(
                    List.of(n.get(1)),
                    numbers(
                            chain,
                            li,
                            DeskList.MINE,
                            filter(OrderFilter.of(null, null, null, null, other.cooperativeId(), null))));
            assertEquals(
                    List.of(n.get(4)),
                    numbers(
                            chain,
                            li,
                            DeskList.OPEN,
                            filter(OrderFilter.of(null, null, null, null, null, other.gourdId()))));
            assertEquals(
                    List.of(n.get(0)),
                    numbers(chain, li, DeskList.MINE, filter(OrderFilter.of(n.get(0), null, null, null, null, null))));

            // a broker's own list never widens: naming another broker keeps nothing, naming herself changes nothing
            assertEquals(List.of(), numbers(chain, li, DeskList.MINE, new DeskFilter(OrderFilter.ANY, "broker-zhao")));
            assertEquals(
                    3,
                    page(chain, li, DeskList.MINE, new DeskFilter(OrderFilter.ANY, "broker-li"), 0, 10)
                            .total());
            assertEquals(List.of(n.get(3)), numbers(chain, zhao, DeskList.MINE, DeskFilter.ANY));

            // federation staff: every broker's orders, narrowed to one broker by her user name
            assertEquals(
                    4,
                    page(chain, federation(), DeskList.MINE, DeskFilter.ANY, 0, 10)
                            .total());
            assertEquals(
                    List.of(n.get(3)),
                    numbers(chain, federation(), DeskList.MINE, new DeskFilter(OrderFilter.ANY, "broker-zhao")));
            assertEquals(
                    List.of(), numbers(chain, federation(), DeskList.MINE, new DeskFilter(OrderFilter.ANY, "nobody")));

            // a manager has no desk
            Actor manager = new Actor(77, "coop-manager", Role.COOP_MANAGER, chain.cooperativeId);
            assertThrows(
                    RequestRefusedException.class, () -> page(chain, manager, DeskList.MINE, DeskFilter.ANY, 0, 10));
        }
    }
}
