package cn.longyuan.market.application.stock;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StockOperationsTest {

    private static Actor manager(Chain chain) {
        return new Actor(11, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static StockOperations operations(Chain chain, EntityManager em) {
        return new StockOperations(em, new StockService(em, chain.clock, sold -> {}));
    }

    private static List<StockLevel> levels(Chain chain) {
        return chain.tx(em -> chain.stock(em).allLevels());
    }

    private static List<StockLevel> ledgerSums(Chain chain) {
        return chain.tx(em -> chain.stock(em).levelsFromLedger()).stream()
                .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void afterARandomRunOfProductionOrdersAdjustmentsTransfersAndStocktakesTheLevelsEqualTheLedger(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            long seed = System.nanoTime();
            Random random = new Random(seed);
            long[] products = {chain.sachetId, chain.paperCutId};
            long[] places = {chain.mainLocationId, chain.shopLocationId};
            int refused = 0;
            for (int step = 0; step < 60; step++) {
                long product = products[random.nextInt(2)];
                long place = places[random.nextInt(2)];
                int n = 1 + random.nextInt(6);
                try {
                    switch (random.nextInt(6)) {
                        case 0 -> chain.produce(product, place, n);
                        case 1 ->
                            chain.tx(em -> {
                                operations(chain, em)
                                        .adjust(
                                                manager,
                                                product,
                                                place,
                                                random.nextBoolean() ? n : -n,
                                                "damaged or found");
                                return null;
                            });
                        case 2 ->
                            chain.tx(em -> {
                                operations(chain, em)
                                        .transfer(
                                                manager,
                                                product,
                                                place,
                                                place == places[0] ? places[1] : places[0],
                                                n,
                                                "to the shop");
                                return null;
                            });
                        case 3 ->
                            chain.tx(em -> operations(chain, em)
                                    .stocktake(
                                            manager,
                                            List.of(new StockOperations.Count(product, place, random.nextInt(8)))));
                        case 4 ->
                            chain.placement()
                                    .place(
                                            order(PaymentMethod.BANK_TRANSFER, line(product, n)),
                                            "k" + step,
                                            "h" + step);
                        default ->
                            chain.tx(em -> {
                                List<Long> orders = em.createQuery("select o.id from CustomerOrder o", Long.class)
                                        .getResultList();
                                if (!orders.isEmpty()) {
                                    long orderId = orders.get(random.nextInt(orders.size()));
                                    if (random.nextBoolean()) {
                                        chain.stock(em).releaseAll(orderId, "test", "cancelled");
                                    } else {
                                        chain.stock(em).sellAll(orderId, "test");
                                    }
                                }
                                return null;
                            });
                    }
                } catch (RequestRefusedException e) {
                    refused++; // an operation the stock cannot take (not enough, held for orders): it must change
                    // nothing
                }
                assertEquals(ledgerSums(chain), levels(chain), "after step " + step + " (seed " + seed + ")");
            }
            assertTrue(refused < 60, "some operations went through (seed " + seed + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdjustmentNeedsAReasonAndCannotTakePiecesHeldForOrders(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "held", "h");

            RequestRefusedException noReason = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        operations(chain, em).adjust(manager(chain), chain.sachetId, chain.mainLocationId, -1, "  ");
                        return null;
                    }));
            RequestRefusedException held = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        operations(chain, em)
                                .adjust(manager(chain), chain.sachetId, chain.mainLocationId, -2, "broken");
                        return null;
                    }));
            chain.tx(em -> {
                operations(chain, em).adjust(manager(chain), chain.sachetId, chain.mainLocationId, -1, "线头散了");
                return null;
            });

            assertEquals("reason", noReason.violations().get(0).field());
            assertEquals(Reason.INVALID_STATE, held.reason());
            assertEquals(List.of(new StockLevel(chain.sachetId, chain.mainLocationId, 2, 2)), levels(chain));
            StockMovement last = lastMovement(chain);
            assertEquals(MovementKind.ADJUSTED, last.kind());
            assertEquals("线头散了", last.reason());
            assertEquals("coop-ningyuan", last.actor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTransferMovesFreePiecesAndAStocktakeBooksTheDifferenceWithTheReasonStocktake(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            Actor manager = manager(chain);

            chain.tx(em -> {
                operations(chain, em)
                        .transfer(manager, chain.sachetId, chain.mainLocationId, chain.shopLocationId, 4, "门店补货");
                return null;
            });
            RequestRefusedException tooMany = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        operations(chain, em)
                                .transfer(manager, chain.sachetId, chain.mainLocationId, chain.shopLocationId, 7, null);
                        return null;
                    }));
            int booked = chain.tx(em -> operations(chain, em)
                    .stocktake(
                            manager,
                            List.of(
                                    new StockOperations.Count(chain.sachetId, chain.mainLocationId, 5),
                                    new StockOperations.Count(chain.sachetId, chain.shopLocationId, 4))));

            assertEquals(Reason.INVALID_STATE, tooMany.reason());
            assertEquals(1, booked, "only the place whose count differs");
            assertEquals(
                    Set.of(
                            new StockLevel(chain.sachetId, chain.mainLocationId, 5, 0),
                            new StockLevel(chain.sachetId, chain.shopLocationId, 4, 0)),
                    Set.copyOf(levels(chain)));
            StockMovement last = lastMovement(chain);
            assertEquals(StockService.STOCKTAKE, last.reason());
            assertEquals(-1, last.onHandDelta());
            assertEquals(ledgerSums(chain), levels(chain));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productsUnderTheirThresholdAreListedAndAnotherCooperativesStockIsNotFound(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            chain.produce(chain.paperCutId, chain.mainLocationId, 8);
            Actor manager = manager(chain);
            chain.tx(em -> {
                operations(chain, em).setLowStockThreshold(manager, chain.sachetId, 5);
                return null;
            });
            chain.tx(em -> {
                operations(chain, em).setLowStockThreshold(manager, chain.paperCutId, 5);
                return null;
            });
            long[] other = chain.tx(em -> {
                Cooperative coop = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", null);
                em.persist(coop);
                Location place = new Location(coop, new BilingualText("仓库", "Store"), "双湾镇", true);
                em.persist(place);
                em.flush();
                return new long[] {coop.id(), place.id()};
            });
            Actor otherManager = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, other[0]);

            List<StockOperations.LowStock> low =
                    chain.tx(em -> operations(chain, em).lowStock(manager));
            assertEquals(
                    List.of(chain.sachetId),
                    low.stream().map(StockOperations.LowStock::productId).toList());
            assertEquals(3, low.get(0).available());
            assertTrue(
                    chain.tx(em -> operations(chain, em).lowStock(otherManager)).isEmpty());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> {
                                        operations(chain, em)
                                                .adjust(otherManager, chain.sachetId, chain.mainLocationId, 1, "x");
                                        return null;
                                    }))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> {
                                        operations(chain, em)
                                                .transfer(
                                                        manager,
                                                        chain.sachetId,
                                                        chain.mainLocationId,
                                                        other[1],
                                                        1,
                                                        "x");
                                        return null;
                                    }))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> {
                                        operations(chain, em)
                                                .adjust(
                                                        new Actor(1, "federation", Role.FEDERATION, null),
                                                        chain.sachetId,
                                                        chain.mainLocationId,
                                                        1,
                                                        "x");
                                        return null;
                                    }))
                            .reason());
        }
    }

    private static StockMovement lastMovement(Chain chain) {
        return chain.tx(em -> em.createQuery("select m from StockMovement m order by m.id desc", StockMovement.class)
                .setMaxResults(1)
                .getSingleResult());
    }
}
