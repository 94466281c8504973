package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What an artisan's own page shows of her sales and income (issue 7), on a data set built by hand. */
class ArtisanIncomeTest {

    record Services(IncomeLedger income, BackOfficeOrders orders, OrderFulfilment fulfilment) {
        static Services in(Chain chain, EntityManager em) {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = chain.stock(em, income);
            return new Services(
                    income,
                    new BackOfficeOrders(em, stock, chain.clock, chain.shipped),
                    new OrderFulfilment(em, stock, income, chain.clock, chain.printer));
        }
    }

    private static <T> T with(Chain chain, Function<Services, T> work) {
        return chain.tx(em -> work.apply(Services.in(chain, em)));
    }

    private static Actor manager(Chain chain) {
        return new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static String shipCashOnDelivery(Chain chain, long productId, int quantity) {
        String number = chain.placement()
                .place(order(PaymentMethod.CASH_ON_DELIVERY, line(productId, quantity)), "k" + System.nanoTime(), "h")
                .order()
                .number();
        with(chain, s -> s.orders().ship(manager(chain), number, "EMS", "E" + number));
        return number;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void herPageShowsPiecesSoldPerProductHerEntriesPayoutsAndBalance(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            chain.produce(chain.paperCutId, chain.mainLocationId, 4);
            // 2 sachets at 68.00 = 136.00 (her 70 %: 95.20); 3 paper-cuts at 25.50 = 76.50 (her 70 %: 53.55)
            String sachets = shipCashOnDelivery(chain, chain.sachetId, 2);
            shipCashOnDelivery(chain, chain.paperCutId, 3);
            // one sachet comes back: 68.00 of sales and 47.60 of her share are taken back
            with(
                    chain,
                    s -> s.fulfilment()
                            .returnPieces(
                                    manager(chain), sachets, chain.sachetId, 1, OrderReturn.Disposition.RESTOCK, "太小"));
            with(
                    chain,
                    s -> s.income()
                            .pay(
                                    manager(chain),
                                    chain.trainedArtisanId,
                                    Money.parse("50.00"),
                                    LocalDate.of(2026, 11, 29),
                                    "现金"));

            List<IncomeLedger.ProductSales> sold =
                    with(chain, s -> s.income().salesByProduct(manager(chain), chain.trainedArtisanId));
            assertEquals(
                    List.of(
                            new IncomeLedger.ProductSales(
                                    chain.paperCutId, "窗花剪纸", 3, Money.parse("76.50"), Money.parse("53.55")),
                            new IncomeLedger.ProductSales(
                                    chain.sachetId, "端午香包", 1, Money.parse("68.00"), Money.parse("47.60"))),
                    sold,
                    "most pieces first");

            IncomeLedger.ArtisanIncome figures =
                    with(chain, s -> s.income().incomeOf(manager(chain), chain.trainedArtisanId));
            assertEquals(4, figures.piecesSold());
            assertEquals(Money.parse("101.15"), figures.earned());
            assertEquals(Money.parse("50.00"), figures.paid());
            assertEquals(Money.parse("51.15"), figures.balance());
            assertEquals("巧手李姐", figures.displayName());

            List<IncomeLedger.EntryLine> entries =
                    with(chain, s -> s.income().entries(manager(chain), chain.trainedArtisanId));
            assertEquals(
                    List.of(IncomeEntry.Kind.REVERSAL, IncomeEntry.Kind.SALE, IncomeEntry.Kind.SALE),
                    entries.stream().map(IncomeLedger.EntryLine::kind).toList(),
                    "newest first");
            assertEquals(
                    List.of(1, 3, 2),
                    entries.stream().map(IncomeLedger.EntryLine::quantity).toList());
            List<IncomeLedger.PayoutLine> payouts =
                    with(chain, s -> s.income().payouts(manager(chain), chain.trainedArtisanId));
            assertEquals(1, payouts.size());
            assertEquals(Money.parse("50.00"), payouts.get(0).amount());

            // federation staff read her figures too
            Actor federation = new Actor(9, "federation", Role.FEDERATION, null);
            assertEquals(
                    Money.parse("51.15"),
                    with(chain, s -> s.income().incomeOf(federation, chain.trainedArtisanId))
                            .balance());

            // a woman who sold nothing has empty sections, not an error
            assertTrue(with(chain, s -> s.income().salesByProduct(manager(chain), chain.untrainedArtisanId))
                    .isEmpty());
            assertEquals(
                    Money.ZERO,
                    with(chain, s -> s.income().incomeOf(manager(chain), chain.untrainedArtisanId))
                            .balance());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherCooperativesManagerAndABrokerDoNotSeeHerSales(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            shipCashOnDelivery(chain, chain.sachetId, 1);
            long other = chain.tx(em -> {
                Cooperative coop = new Cooperative(
                        new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", new BilingualText("故事", "Story"));
                em.persist(coop);
                em.flush();
                return coop.id();
            });
            Actor stranger = new Actor(2, "coop-shuangwan", Role.COOP_MANAGER, other);
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.income().salesByProduct(stranger, chain.trainedArtisanId)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.income().incomeOf(stranger, chain.trainedArtisanId)))
                            .reason());
            Actor broker = new Actor(3, "broker", Role.BROKER, null);
            assertEquals(
                    RequestRefusedException.Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.income().salesByProduct(broker, chain.trainedArtisanId)))
                            .reason());
            // her own cooperative's manager does see it
            assertEquals(
                    1,
                    with(chain, s -> s.income().incomeOf(manager(chain), chain.trainedArtisanId))
                            .piecesSold());
        }
    }
}
