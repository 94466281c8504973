package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderPlacementTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void placingAnOrderReservesItsStockAndKeepsThePrice(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);

            OrderService.PlacedOrder placed = chain.placement()
                    .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "key-1", "hash-1");

            assertEquals(OrderStatus.AWAITING_PAYMENT, placed.order().status());
            assertEquals("136.00", placed.order().subtotal().toDecimalString());
            assertEquals("12.00", placed.order().deliveryFee().toDecimalString());
            assertEquals("148.00", placed.order().total().toDecimalString());
            assertEquals(chain.clock.instant().plus(chain.ttl), placed.order().expiresAt());
            assertEquals(3, available(chain, chain.sachetId));
            assertEquals(1, placed.order().parts().size());
            assertEquals(
                    List.of("AWAITING_PAYMENT"),
                    placed.order().history().stream().map(OrderView.Change::to).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlacedOrderIsAnnouncedOnceForItsMailAndRecordsItsLanguage(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            PlaceOrderCommand command = order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1));
            OrderPlacement placement = chain.placement();

            OrderService.PlacedOrder first =
                    placement.place(command, "key-mail", "hash-mail", BuyerOrders.Origin.guest("en"));
            OrderService.PlacedOrder replay =
                    placement.place(command, "key-mail", "hash-mail", BuyerOrders.Origin.guest("en"));

            assertEquals(first.order().number(), replay.order().number());
            // the replay answers the first order and sends no second e-mail
            assertEquals(1, chain.placed.fired().size());
            OrderPlaced announced = chain.placed.fired().get(0);
            assertEquals(first.accessToken(), announced.accessToken());
            assertTrue(announced.hasEmail());
            assertEquals(
                    "en",
                    chain.tx(em -> em.find(
                                    cn.longyuan.market.domain.model.ordering.CustomerOrder.class, announced.orderId()))
                            .language());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLineMayDrawOnSeveralPlacesMainPlaceFirst(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.shopLocationId, 3);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);

            chain.placement().place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 4)), "k", "h");

            Set<StockLevel> levels = Set.copyOf(chain.tx(em -> chain.stock(em).levelsOf(chain.sachetId)));
            assertEquals(
                    Set.of(
                            new StockLevel(chain.sachetId, chain.mainLocationId, 2, 2),
                            new StockLevel(chain.sachetId, chain.shopLocationId, 3, 2)),
                    levels);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderThatCannotBeServedWholeReservesNothingAndNamesTheShortLines(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            chain.produce(chain.paperCutId, chain.mainLocationId, 1);

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.placement()
                            .place(
                                    order(
                                            PaymentMethod.BANK_TRANSFER,
                                            line(chain.sachetId, 2),
                                            line(chain.paperCutId, 3)),
                                    "k",
                                    "h"));

            assertEquals(Reason.OUT_OF_STOCK, refused.reason());
            assertEquals(
                    List.of("lines[1].quantity"),
                    refused.violations().stream().map(FieldViolation::field).toList());
            assertEquals(5, available(chain, chain.sachetId));
            assertEquals(1, available(chain, chain.paperCutId));
            assertEquals(
                    Long.valueOf(0),
                    chain.tx(em -> em.createQuery("select count(o) from CustomerOrder o", Long.class)
                            .getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cannotOversellTheLastPiecesWhen200BuyersRace(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 6);
            chain.produce(chain.sachetId, chain.shopLocationId, 4);
            OrderPlacement placement = chain.placement();

            int buyers = 200;
            ExecutorService pool = Executors.newFixedThreadPool(buyers);
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger won = new AtomicInteger();
            AtomicInteger outOfStock = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                String key = "buyer-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), key, key);
                        won.incrementAndGet();
                    } catch (RequestRefusedException e) {
                        if (e.reason() == Reason.OUT_OF_STOCK) {
                            outOfStock.incrementAndGet();
                        } else {
                            unexpected.add(e);
                        }
                    } catch (Throwable t) {
                        unexpected.add(t);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertTrue(unexpected.isEmpty(), () -> "unexpected failures: " + unexpected.peek());
            assertEquals(10, won.get());
            assertEquals(190, outOfStock.get());
            assertEquals(0, available(chain, chain.sachetId));
            assertEquals(levelsFromLedger(chain), levels(chain));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameKeyAndRequestAnswerTheSameOrderAndAnotherRequestIsRefused(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            OrderPlacement placement = chain.placement();

            OrderService.PlacedOrder first =
                    placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k", "h1");
            OrderService.PlacedOrder again =
                    placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k", "h1");
            RequestRefusedException reused = assertThrows(
                    RequestRefusedException.class,
                    () -> placement.place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "k", "h2"));

            assertEquals(first.order().number(), again.order().number());
            assertEquals(first.accessToken(), again.accessToken());
            assertEquals(Reason.IDEMPOTENCY_KEY_REUSED, reused.reason());
            assertEquals(4, available(chain, chain.sachetId));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentRequestsWithOneKeyPlaceOneOrder(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 50);
            OrderPlacement placement = chain.placement();

            int requests = 20;
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OrderService.PlacedOrder>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return placement.place(
                            order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "double-tap", "same");
                }));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            Set<String> tokens = new HashSet<>();
            for (Future<OrderService.PlacedOrder> answer : answers) {
                OrderService.PlacedOrder placed = answer.get(60, TimeUnit.SECONDS);
                numbers.add(placed.order().number());
                tokens.add(placed.accessToken());
            }
            pool.shutdown();

            assertEquals(1, numbers.size());
            assertEquals(1, tokens.size());
            assertEquals(48, available(chain, chain.sachetId));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnpaidOrderExpiresAfterItsTimeAndGivesItsStockBackOnce(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            OrderService.PlacedOrder unpaid =
                    chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "unpaid", "h");
            OrderService.PlacedOrder cod =
                    chain.placement().place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 1)), "cod", "h");
            assertEquals(0, available(chain, chain.sachetId));

            chain.clock.advance(chain.ttl.minus(Duration.ofSeconds(1)));
            assertEquals(List.of(), chain.tx(em -> chain.orders(em).overdueOrderIds(chain.clock.instant(), 10)));

            chain.clock.advance(Duration.ofSeconds(2));
            List<Long> overdue = chain.tx(em -> chain.orders(em).overdueOrderIds(chain.clock.instant(), 10));
            assertEquals(1, overdue.size());
            // two instances' expiry jobs pick the same order at the same moment
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return chain.tx(em -> chain.orders(em).expireIfOverdue(overdue.get(0)));
                }));
            }
            start.countDown();
            int expired = 0;
            for (Future<Boolean> run : runs) {
                expired += run.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();

            assertEquals(1, expired);
            assertEquals(2, available(chain, chain.sachetId));
            OrderView after = chain.tx(
                            em -> chain.orders(em).findForToken(unpaid.order().number(), unpaid.accessToken()))
                    .orElseThrow();
            assertEquals(OrderStatus.EXPIRED, after.status());
            assertEquals(
                    "system:expiry",
                    after.history().get(after.history().size() - 1).actor());
            OrderView codAfter = chain.tx(
                            em -> chain.orders(em).findForToken(cod.order().number(), cod.accessToken()))
                    .orElseThrow();
            assertEquals(OrderStatus.CONFIRMED, codAfter.status());
            assertEquals(levelsFromLedger(chain), levels(chain));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderIsReadOnlyWithItsToken(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            OrderService.PlacedOrder placed =
                    chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k", "h");

            assertTrue(
                    chain.tx(em -> chain.orders(em).findForToken(placed.order().number(), placed.accessToken()))
                            .isPresent());
            assertTrue(
                    chain.tx(em -> chain.orders(em).findForToken(placed.order().number(), "wrong-token"))
                            .isEmpty());
            assertTrue(chain.tx(em -> chain.orders(em).findForToken("LY000000-XXXXXX", placed.accessToken()))
                    .isEmpty());
        }
    }

    static int available(Chain chain, long productId) {
        return chain.tx(em -> chain.stock(em).availableOf(List.of(productId)).get(productId));
    }

    static List<StockLevel> levels(Chain chain) {
        return chain.tx(em -> chain.stock(em).allLevels());
    }

    static List<StockLevel> levelsFromLedger(Chain chain) {
        return chain.tx(em -> chain.stock(em).levelsFromLedger()).stream()
                .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                .toList();
    }
}
