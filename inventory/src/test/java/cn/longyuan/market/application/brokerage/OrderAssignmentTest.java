package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Federation staff and a cooperative's manager (for an order of her cooperative alone) assign an order to a broker; it is
 * then on her desk, with a note saying who assigned it. Nobody takes an order away from the broker who has it.
 */
class OrderAssignmentTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);

    private static <T> T assignment(Chain chain, Function<OrderAssignment, T> work) {
        return chain.tx(em -> work.apply(new OrderAssignment(em, chain.clock)));
    }

    private static Reason refusal(Executable call) {
        return assertThrows(RequestRefusedException.class, call).reason();
    }

    private static Actor actor(Account a) {
        return new Actor(
                a.id(),
                a.username(),
                a.role(),
                a.cooperative() == null ? null : a.cooperative().id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagerAssignsHerCooperativesOrderToABrokerWhoThenHasItOnHerDesk(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor[] brokers = chain.tx(em -> new Actor[] {
                actor(new AccountService(em, chain.clock)
                        .create("broker-li", "broker-password-1", Role.BROKER, null, "李")),
                actor(new AccountService(em, chain.clock)
                        .create("broker-zhao", "broker-password-1", Role.BROKER, null, "赵"))
            });
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor otherManager = new Actor(3, "coop-other", Role.COOP_MANAGER, chain.cooperativeId + 1000);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            String number = chain.placement()
                    .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k-a", "h")
                    .order()
                    .number();

            assertEquals(
                    List.of("broker-li", "broker-zhao"),
                    assignment(chain, a -> a.brokers(manager)).stream()
                            .map(OrderAssignment.Broker::username)
                            .toList());
            assertEquals(
                    Reason.NOT_FOUND,
                    refusal(() -> assignment(chain, a -> a.assign(otherManager, number, "broker-li"))));
            assertEquals(
                    Reason.FORBIDDEN, refusal(() -> assignment(chain, a -> a.assign(brokers[0], number, "broker-li"))));
            RequestRefusedException noBroker = assertThrows(
                    RequestRefusedException.class,
                    () -> assignment(chain, a -> a.assign(manager, number, "coop-ningyuan")));
            assertEquals("broker", noBroker.violations().get(0).field());

            assignment(chain, a -> a.assign(manager, number, "broker-li"));
            BrokerDesk.Desk desk = chain.tx(em -> new BrokerDesk(em, chain.orders(em), chain.clock).desk(brokers[0]));
            assertTrue(desk.mine().stream().anyMatch(o -> o.number().equals(number)));
            assertTrue(desk.open().stream().noneMatch(o -> o.number().equals(number)));
            List<OrderNote> notes =
                    chain.tx(em -> new BrokerDesk(em, chain.orders(em), chain.clock).notes(brokers[0], number));
            assertEquals(OrderNote.Kind.ASSIGNED, notes.get(0).kind());
            assertEquals("coop-ningyuan", notes.get(0).author());

            // the same again changes nothing; another broker does not take it over, by assignment or by claim
            assignment(chain, a -> a.assign(FEDERATION, number, "broker-li"));
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> assignment(chain, a -> a.assign(FEDERATION, number, "broker-zhao"))));
            assertEquals(
                    Reason.INVALID_STATE,
                    refusal(() -> chain.tx(
                            em -> new BrokerDesk(em, chain.orders(em), chain.clock).claim(brokers[1], number))));
            assertEquals(
                    1,
                    chain.tx(em -> new BrokerDesk(em, chain.orders(em), chain.clock).notes(FEDERATION, number))
                            .size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderSharedWithAnotherCooperativeIsAssignedByFederationStaffOnly(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.tx(em -> new AccountService(em, chain.clock)
                    .create("broker-li", "broker-password-1", Role.BROKER, null, "李"));
            long otherProduct = chain.tx(em -> {
                Cooperative other = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", null);
                em.persist(other);
                Location place = new Location(other, new BilingualText("工坊", "Workshop"), "双湾镇", true);
                em.persist(place);
                Product product = new Product(
                        other,
                        em.find(Craft.class, "sachet"),
                        new BilingualText("葫芦香包", "Gourd sachet"),
                        new BilingualText("香包", "A sachet"),
                        Money.parse("50.00"),
                        null,
                        chain.clock.instant());
                product.publish();
                em.persist(product);
                em.flush();
                chain.stock(em).adjust(product.id(), place.id(), 3, "opening stock", "test");
                return product.id();
            });
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            String number = chain.placement()
                    .place(
                            order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1), line(otherProduct, 1)),
                            "k-shared",
                            "h")
                    .order()
                    .number();

            assertEquals(
                    Reason.FORBIDDEN, refusal(() -> assignment(chain, a -> a.assign(manager, number, "broker-li"))));
            assertFalse((boolean) chain.tx(em -> new OrderAssignment(em, chain.clock)
                    .mayAssign(
                            manager, new BrokerDesk(em, chain.orders(em), chain.clock).handled(FEDERATION, number))));
            assignment(chain, a -> a.assign(FEDERATION, number, "broker-li"));
            assertTrue(chain.tx(em -> new BrokerDesk(em, chain.orders(em), chain.clock).handled(FEDERATION, number))
                            .brokerId()
                    != null);
        }
    }
}
