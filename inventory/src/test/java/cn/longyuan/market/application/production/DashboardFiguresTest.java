package cn.longyuan.market.application.production;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's figures (issue 7) on a data set built by hand: this month's sales, artisans' income and payouts,
 * pieces produced this month and per month, the stock's worth — a manager her cooperative's, federation staff all.
 */
class DashboardFiguresTest {

    private static Actor manager(Chain chain) {
        return new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static void ship(Chain chain, long productId, int quantity) {
        String number = chain.placement()
                .place(order(PaymentMethod.CASH_ON_DELIVERY, line(productId, quantity)), "k" + System.nanoTime(), "h")
                .order()
                .number();
        chain.tx(em -> {
            StockService stock = chain.stock(em, new IncomeLedger(em, chain.clock));
            new BackOfficeOrders(em, stock, chain.clock, chain.shipped)
                    .ship(manager(chain), number, "EMS", "E" + number);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDashboardAddsUpThisMonthsSalesProductionPayoutsAndStockOfTheCooperativesItMaySee(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db); // its clock: 2026-11-29 10:00 in Beijing
            chain.produce(chain.sachetId, chain.mainLocationId, 3); // made 2026-11-20
            chain.produce(chain.paperCutId, chain.mainLocationId, 4); // made 2026-11-20
            chain.db.run(em -> chain.production(em)
                    .record(
                            new ProductionService.RecordBatch(
                                    chain.sachetId,
                                    chain.trainedArtisanId,
                                    2,
                                    LocalDate.of(2026, 10, 5),
                                    chain.mainLocationId),
                            null,
                            "test"));
            ship(chain, chain.sachetId, 2); // 136.00, her 70 %: 95.20
            ship(chain, chain.paperCutId, 1); // 25.50, her 70 %: 17.85
            // an unpaid bank transfer holds a sachet: reserved, still the cooperative's stock, not a sale
            chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "held", "h");
            chain.tx(em -> new IncomeLedger(em, chain.clock)
                    .pay(
                            manager(chain),
                            chain.trainedArtisanId,
                            Money.parse("60.00"),
                            LocalDate.of(2026, 11, 29),
                            "现金"));

            // another cooperative with 4 pieces at 10.00 booked in by an adjustment, nothing made or sold
            long otherCoop = chain.tx(em -> {
                Cooperative coop = new Cooperative(
                        new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", new BilingualText("故事", "Story"));
                em.persist(coop);
                Location place = new Location(coop, new BilingualText("工坊", "Workshop"), "双湾镇", true);
                em.persist(place);
                Product gourd = new Product(
                        coop,
                        em.find(Craft.class, "sachet"),
                        new BilingualText("葫芦香包", "Gourd sachet"),
                        new BilingualText("葫芦", "Gourd"),
                        Money.parse("10.00"),
                        null,
                        chain.clock.instant());
                em.persist(gourd);
                em.flush();
                chain.stock(em).adjust(gourd.id(), place.id(), 4, "盘点入库", "test");
                return coop.id();
            });

            BatchQueries.Figures ningyuan =
                    chain.tx(em -> new BatchQueries(em, chain.clock).figures(manager(chain), 0));
            assertEquals(7, ningyuan.piecesThisMonth());
            assertEquals(
                    Map.of("2026-06", 0, "2026-07", 0, "2026-08", 0, "2026-09", 0, "2026-10", 2, "2026-11", 7),
                    ningyuan.piecesByMonth());
            assertEquals(
                    List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"),
                    List.copyOf(ningyuan.piecesByMonth().keySet()));
            // on hand at list price: sachets 5 − 2 sold = 3 × 68.00 (one of them reserved) + paper-cuts 4 − 1 = 3 ×
            // 25.50
            assertEquals(28050, ningyuan.stockValueFen());

            IncomeLedger.MonthFigures november = chain.tx(
                            em -> new IncomeLedger(em, chain.clock).lastMonths(manager(chain), 6))
                    .getLast();
            assertEquals(YearMonth.of(2026, 11), november.month());
            assertEquals(Money.parse("161.50"), november.sales());
            assertEquals(Money.parse("113.05"), november.artisanIncome());
            assertEquals(Money.parse("60.00"), november.paidOut());
            List<IncomeLedger.MonthFigures> months =
                    chain.tx(em -> new IncomeLedger(em, chain.clock).lastMonths(manager(chain), 6));
            assertEquals(6, months.size());
            assertEquals(Money.ZERO, months.get(4).sales(), "nothing was sold in October");

            Actor federation = new Actor(9, "federation", Role.FEDERATION, null);
            BatchQueries.Figures all = chain.tx(em -> new BatchQueries(em, chain.clock).figures(federation, 0));
            assertEquals(7, all.piecesThisMonth());
            assertEquals(28050 + 4000, all.stockValueFen());
            assertEquals(
                    Money.parse("161.50"),
                    chain.tx(em -> new IncomeLedger(em, chain.clock).lastMonths(federation, 6))
                            .getLast()
                            .sales());

            Actor shuangwan = new Actor(2, "coop-shuangwan", Role.COOP_MANAGER, otherCoop);
            BatchQueries.Figures theirs = chain.tx(em -> new BatchQueries(em, chain.clock).figures(shuangwan, 0));
            assertEquals(0, theirs.piecesThisMonth());
            assertEquals(4000, theirs.stockValueFen());
            IncomeLedger.MonthFigures theirMonth = chain.tx(
                            em -> new IncomeLedger(em, chain.clock).lastMonths(shuangwan, 6))
                    .getLast();
            assertEquals(Money.ZERO, theirMonth.sales());
            assertEquals(Money.ZERO, theirMonth.paidOut());
        }
    }
}
