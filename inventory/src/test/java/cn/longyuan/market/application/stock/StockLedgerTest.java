package cn.longyuan.market.application.stock;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderPlacement;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.domain.model.stock.Reservation;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The level rows are only ever the sums of the ledger, whatever happens to the stock. */
class StockLedgerTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void availabilityOfAWholeCatalogueAnswersExactlyTheProductsAskedFor(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            chain.produce(chain.sachetId, chain.shopLocationId, 2);
            chain.produce(chain.paperCutId, chain.mainLocationId, 4);
            // more ids than a query binds: the sachet, products that do not exist, and not the paper-cut
            List<Long> many = new java.util.ArrayList<>(List.of(chain.sachetId));
            for (long id = 1_000_000; many.size() <= StockService.MOST_BOUND_IDS; id++) {
                many.add(id);
            }
            Map<Long, Integer> available = chain.tx(em -> chain.stock(em).availableOf(many));
            assertEquals(many, List.copyOf(available.keySet()), "every id asked for, in its order, and no other");
            assertEquals(5, available.get(chain.sachetId));
            assertEquals(0, available.get(1_000_000L));
            assertEquals(
                    Map.of(chain.sachetId, 5, chain.paperCutId, 4),
                    chain.tx(em -> chain.stock(em).availableOf(List.of(chain.sachetId, chain.paperCutId))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void afterProductionOrdersAnExpiryAndASaleTheLevelsEqualTheLedgersSums(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            chain.produce(chain.sachetId, chain.shopLocationId, 4);
            chain.produce(chain.paperCutId, chain.mainLocationId, 2);
            OrderPlacement placement = chain.placement();

            // takes 2 of the 3 at the main place, then waits for a transfer that never comes
            OrderService.PlacedOrder unpaid =
                    placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "unpaid", "h1");
            // takes the last one at the main place and 2 at the shop, and is paid
            OrderService.PlacedOrder paid =
                    placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 3)), "paid", "h2");
            // cash on delivery: holds its paper-cut until it is delivered
            OrderService.PlacedOrder cod =
                    placement.place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.paperCutId, 1)), "cod", "h3");
            long unpaidId = orderId(chain, unpaid);
            long paidId = orderId(chain, paid);
            long codId = orderId(chain, cod);

            chain.clock.advance(Duration.ofMinutes(5));
            chain.tx(em -> {
                CustomerOrder order = em.find(CustomerOrder.class, paidId);
                order.moveTo(OrderStatus.PAID, "staff:zhao", "transfer received", chain.clock.instant());
                chain.stock(em).sellAll(paidId, "staff:zhao");
                return null;
            });
            chain.clock.advance(chain.ttl);
            boolean unpaidExpired = chain.tx(em -> chain.orders(em).expireIfOverdue(unpaidId));
            boolean paidExpired = chain.tx(em -> chain.orders(em).expireIfOverdue(paidId));
            boolean codExpired = chain.tx(em -> chain.orders(em).expireIfOverdue(codId));

            assertTrue(unpaidExpired);
            assertFalse(paidExpired);
            assertFalse(codExpired);
            assertEquals(levelsFromLedger(chain), levels(chain));
            assertEquals(
                    Set.of(
                            new StockLevel(chain.sachetId, chain.mainLocationId, 2, 0),
                            new StockLevel(chain.sachetId, chain.shopLocationId, 2, 0),
                            new StockLevel(chain.paperCutId, chain.mainLocationId, 2, 1)),
                    Set.copyOf(levels(chain)));

            List<StockMovement> ledger =
                    chain.tx(em -> em.createQuery("select m from StockMovement m order by m.id", StockMovement.class)
                            .getResultList());
            assertEquals(
                    Map.of(
                            MovementKind.PRODUCED,
                            3,
                            MovementKind.RESERVED,
                            4,
                            MovementKind.RELEASED,
                            1,
                            MovementKind.SOLD,
                            2),
                    countByKind(ledger));
            assertEquals(List.of(MovementKind.RESERVED, MovementKind.RELEASED), kindsOf(ledger, unpaidId));
            assertEquals(
                    List.of(MovementKind.RESERVED, MovementKind.RESERVED, MovementKind.SOLD, MovementKind.SOLD),
                    kindsOf(ledger, paidId));
            assertEquals(List.of(MovementKind.RESERVED), kindsOf(ledger, codId));
            assertEquals(Set.of("system:expiry"), actorsOf(ledger, unpaidId, MovementKind.RELEASED));
            assertEquals(Set.of("staff:zhao"), actorsOf(ledger, paidId, MovementKind.SOLD));
            assertEquals(
                    List.of(Reservation.Status.SOLD, Reservation.Status.SOLD),
                    chain.tx(em -> chain.stock(em).reservationsOf(paidId).stream()
                            .map(Reservation::status)
                            .toList()));
            assertEquals(
                    List.of(Reservation.Status.RELEASED),
                    chain.tx(em -> chain.stock(em).reservationsOf(unpaidId).stream()
                            .map(Reservation::status)
                            .toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sellingOrReleasingAnOrderTwiceMovesNoStockTheSecondTime(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long sold = orderId(
                    chain,
                    chain.placement().place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "a", "h"));
            long released = orderId(
                    chain,
                    chain.placement().place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)), "b", "h"));

            for (int i = 0; i < 2; i++) {
                chain.tx(em -> {
                    chain.stock(em).sellAll(sold, "staff:zhao");
                    chain.stock(em).releaseAll(sold, "staff:zhao", "cancelled after the sale");
                    chain.stock(em).releaseAll(released, "staff:zhao", "cancelled");
                    chain.stock(em).sellAll(released, "staff:zhao");
                    return null;
                });
            }

            assertEquals(List.of(new StockLevel(chain.sachetId, chain.mainLocationId, 3, 0)), levels(chain));
            assertEquals(levelsFromLedger(chain), levels(chain));
            long movements = chain.tx(em -> em.createQuery("select count(m) from StockMovement m", Long.class)
                    .getSingleResult());
            assertEquals(1 + 2 + 2, movements); // produced; two reservations; one sale, one release
        }
    }

    private static long orderId(Chain chain, OrderService.PlacedOrder placed) {
        return chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", placed.order().number())
                .getSingleResult()
                .id());
    }

    private static Map<MovementKind, Integer> countByKind(List<StockMovement> ledger) {
        Map<MovementKind, Integer> counts = new TreeMap<>();
        ledger.forEach(m -> counts.merge(m.kind(), 1, Integer::sum));
        return counts;
    }

    private static List<MovementKind> kindsOf(List<StockMovement> ledger, long orderId) {
        return ledger.stream()
                .filter(m -> m.orderId() != null && m.orderId() == orderId)
                .map(StockMovement::kind)
                .toList();
    }

    private static Set<String> actorsOf(List<StockMovement> ledger, long orderId, MovementKind kind) {
        return Set.copyOf(ledger.stream()
                .filter(m -> m.orderId() != null && m.orderId() == orderId && m.kind() == kind)
                .map(StockMovement::actor)
                .toList());
    }

    private static List<StockLevel> levels(Chain chain) {
        return chain.tx(em -> chain.stock(em).allLevels());
    }

    private static List<StockLevel> levelsFromLedger(Chain chain) {
        return chain.tx(em -> chain.stock(em).levelsFromLedger()).stream()
                .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                .toList();
    }
}
