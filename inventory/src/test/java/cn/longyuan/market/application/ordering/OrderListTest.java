package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.SecondCooperative;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The back office's order list filtered and paged in the database: search by number, buyer's name or phone; status,
 * days placed, cooperative, product; and each filter only ever narrows what the user handles.
 */
class OrderListTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);

    /** Four orders a day apart (Beijing 29 Nov to 2 Dec): Ningyuanpu's sachet; Shuangwan's gourd; both; a paper-cut. */
    private record Orders(
            String sachet, String gourd, String both, String paperCut, long otherCoop, long gourdId, Actor broker) {}

    private static Orders fourOrders(Chain chain) {
        SecondCooperative second = SecondCooperative.in(chain);
        long[] other = {second.cooperativeId(), second.gourdId()};
        chain.produce(chain.sachetId, chain.mainLocationId, 10);
        chain.produce(chain.paperCutId, chain.mainLocationId, 10);
        String sachet = place(chain, Chain.order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)));
        chain.clock.advance(Duration.ofDays(1));
        PlaceOrderCommand zhao = new PlaceOrderCommand(
                List.of(line(other[1], 2)),
                new Contact("赵敏", "13700001111", null),
                Chain.order(PaymentMethod.BANK_TRANSFER).shippingAddress(),
                PaymentMethod.BANK_TRANSFER);
        String gourd = place(chain, zhao);
        chain.clock.advance(Duration.ofDays(1));
        String both =
                place(chain, Chain.order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1), line(other[1], 1)));
        chain.clock.advance(Duration.ofDays(1));
        String paperCut = place(chain, Chain.order(PaymentMethod.CASH_ON_DELIVERY, line(chain.paperCutId, 1)));
        Actor broker = chain.tx(em -> {
            Account account = new AccountService(em, chain.clock)
                    .create("broker-li", "broker-password-1", Role.BROKER, null, "李");
            em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", gourd)
                    .getSingleResult()
                    .assignBroker(account.id());
            return new Actor(account.id(), account.username(), Role.BROKER, null);
        });
        return new Orders(sachet, gourd, both, paperCut, other[0], other[1], broker);
    }

    private static String place(Chain chain, PlaceOrderCommand command) {
        return chain.placement()
                .place(command, "k" + System.nanoTime(), "h")
                .order()
                .number();
    }

    private static List<String> numbers(Chain chain, Actor actor, OrderFilter filter) {
        return chain.tx(em -> chain.backOffice(em).filtered(actor, filter, 0, 100)).items().stream()
                .map(CustomerOrder::number)
                .toList();
    }

    private static List<Long> productChoices(Chain chain, Actor actor, Long cooperativeId) {
        return chain.tx(em -> chain.backOffice(em).productChoices(actor, cooperativeId)).stream()
                .map(BackOfficeOrders.ProductChoice::id)
                .toList();
    }

    private static OrderFilter text(String text) {
        return OrderFilter.of(text, null, null, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersNarrowTheOrdersInTheDatabaseAndPagesCountThemAll(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Orders o = fourOrders(chain);

            assertEquals(
                    List.of(o.paperCut(), o.both(), o.gourd(), o.sachet()),
                    numbers(chain, FEDERATION, OrderFilter.ANY));
            BackOfficeOrders.OrderPage second =
                    chain.tx(em -> chain.backOffice(em).filtered(FEDERATION, OrderFilter.ANY, 1, 2));
            assertEquals(
                    List.of(o.both(), o.gourd()),
                    second.items().stream().map(CustomerOrder::number).toList());
            assertEquals(4, second.total());
            assertEquals(2, second.items().get(0).parts().size(), "the page's orders come with their parts");

            // search: the buyer's name, part of her phone, the number in any case; wildcards are taken as typed
            assertEquals(List.of(o.paperCut(), o.both(), o.sachet()), numbers(chain, FEDERATION, text("王芳")));
            assertEquals(List.of(o.gourd()), numbers(chain, FEDERATION, text("0000111")));
            assertEquals(
                    List.of(o.gourd()),
                    numbers(chain, FEDERATION, text(o.gourd().toLowerCase())));
            assertEquals(List.of(), numbers(chain, FEDERATION, text("%")));
            assertEquals(List.of(), numbers(chain, FEDERATION, text("_")));

            assertEquals(
                    List.of(o.both(), o.gourd(), o.sachet()),
                    numbers(chain, FEDERATION, OrderFilter.status(OrderStatus.AWAITING_PAYMENT)));
            // days in China time, both ends included: 30 November and 1 December
            assertEquals(
                    List.of(o.both(), o.gourd()),
                    numbers(
                            chain,
                            FEDERATION,
                            OrderFilter.of(
                                    null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), null, null)));
            assertEquals(
                    List.of(o.both(), o.gourd()),
                    numbers(chain, FEDERATION, OrderFilter.of(null, null, null, null, o.otherCoop(), null)));
            assertEquals(
                    List.of(o.paperCut()),
                    numbers(chain, FEDERATION, OrderFilter.of(null, null, null, null, null, chain.paperCutId)));
            assertEquals(
                    List.of(o.both()),
                    numbers(
                            chain,
                            FEDERATION,
                            OrderFilter.of(
                                    "王芳", OrderStatus.AWAITING_PAYMENT, null, null, o.otherCoop(), chain.sachetId)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void noFilterShowsAManagerOrABrokerAnOrderSheDoesNotHandle(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Orders o = fourOrders(chain);
            Actor ningyuan = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor shuangwan = new Actor(2, "coop-shuangwan", Role.COOP_MANAGER, o.otherCoop());

            assertEquals(List.of(o.paperCut(), o.both(), o.sachet()), numbers(chain, ningyuan, OrderFilter.ANY));
            assertEquals(List.of(o.both(), o.gourd()), numbers(chain, shuangwan, OrderFilter.ANY));
            // another cooperative's filter keeps only the orders both share
            assertEquals(
                    List.of(o.both()),
                    numbers(chain, ningyuan, OrderFilter.of(null, null, null, null, o.otherCoop(), null)));
            assertEquals(
                    List.of(o.both()),
                    numbers(chain, shuangwan, OrderFilter.of(null, null, null, null, chain.cooperativeId, null)));
            assertEquals(
                    List.of(),
                    numbers(chain, shuangwan, OrderFilter.of(null, null, null, null, null, chain.paperCutId)));
            assertEquals(List.of(), numbers(chain, ningyuan, text(o.gourd())));
            assertEquals(List.of(), numbers(chain, ningyuan, text("赵敏")));

            List<OrderFilter> filters = List.of(
                    OrderFilter.ANY,
                    text("王芳"),
                    text("139"),
                    text(o.paperCut()),
                    text(o.sachet()),
                    OrderFilter.status(OrderStatus.AWAITING_PAYMENT),
                    OrderFilter.status(OrderStatus.CONFIRMED),
                    OrderFilter.of(null, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null, null),
                    OrderFilter.of(null, null, null, null, chain.cooperativeId, null),
                    OrderFilter.of(null, null, null, null, null, chain.sachetId),
                    OrderFilter.of(null, null, null, null, null, chain.paperCutId));
            for (OrderFilter filter : filters) {
                assertTrue(
                        List.of(o.both(), o.gourd()).containsAll(numbers(chain, shuangwan, filter)), filter.toString());
                assertTrue(List.of(o.gourd()).containsAll(numbers(chain, o.broker(), filter)), filter.toString());
                BackOfficeOrders.OrderPage page =
                        chain.tx(em -> chain.backOffice(em).filtered(shuangwan, filter, 0, 1));
                assertTrue(page.total() <= 2, "the count is scoped too: " + filter);
            }
            // the products to filter by: a manager's own whichever cooperative she names; federation the named one's
            assertEquals(List.of(o.gourdId()), productChoices(chain, shuangwan, chain.cooperativeId));
            assertEquals(
                    List.of(chain.sachetId, chain.paperCutId).stream().sorted().toList(),
                    productChoices(chain, FEDERATION, chain.cooperativeId).stream()
                            .sorted()
                            .toList());
            assertEquals(List.of(), productChoices(chain, FEDERATION, null));
            assertEquals(List.of(), productChoices(chain, o.broker(), chain.cooperativeId));
            assertEquals(List.of(o.gourd()), numbers(chain, o.broker(), OrderFilter.ANY));
            assertEquals(List.of(), numbers(chain, o.broker(), text("王芳")));
        }
    }

    @Test
    void aWrongFilterNamesEachWrongField() {
        RequestRefusedException e = assertThrows(
                RequestRefusedException.class,
                () -> OrderFilter.parse("x".repeat(101), "SOLD", "2026-13-01", "tomorrow", "-3", "abc"));
        assertEquals(RequestRefusedException.Reason.VALIDATION, e.reason());
        assertEquals(
                List.of("status", "from", "to", "product", "q", "cooperative"),
                e.violations().stream().map(v -> v.field()).toList());
        RequestRefusedException backwards = assertThrows(
                RequestRefusedException.class,
                () -> OrderFilter.parse(null, null, "2026-12-02", "2026-12-01", null, null));
        assertEquals(
                List.of("to"),
                backwards.violations().stream().map(v -> v.field()).toList());
        assertEquals(
                new OrderFilter("王芳", OrderStatus.PAID, LocalDate.of(2026, 12, 1), null, 7L, null),
                OrderFilter.parse(" 王芳 ", "PAID", "2026-12-01", "", "7", null));
    }
}
