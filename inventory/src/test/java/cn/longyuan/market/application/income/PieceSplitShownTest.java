package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.brokerage.OrderAssignment;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The product page's "where the money goes" is what a sale of the piece credits: the split the catalogue shows for one
 * piece equals the income entry the ledger writes when one is sold — under the default rule, the cooperative's rule and
 * the product's own rule, with a broker on the order and without one (her share then stays with the cooperative).
 */
class PieceSplitShownTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSplitShownForOnePieceIsWhatItsSaleCredits(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> new AccountService(em, chain.clock)
                    .create("broker-li", "broker-password-1", Role.BROKER, null, "李"));
            chain.produce(chain.sachetId, chain.mainLocationId, 10);

            // no rule yet: the default, 70 % to her, 5 % to a broker
            CatalogQueries.ProductDetail plain = shown(chain, chain.sachetId);
            assertEquals(SplitRule.DEFAULT, plain.rule());
            assertEquals(
                    List.of("47.60", "17.00", "3.40"),
                    List.of(
                            plain.pieceSplit().artisan().toDecimalString(),
                            plain.pieceSplit().cooperative().toDecimalString(),
                            plain.pieceSplit().broker().toDecimalString()));
            assertEquals(plain.pieceSplit(), credited(chain, sellOne(chain, manager, chain.sachetId, true)));

            // the cooperative's rule, then the product's own, which wins
            chain.tx(em -> {
                new IncomeLedger(em, chain.clock).setRule(manager, null, new SplitRule(6550, 725));
                return null;
            });
            CatalogQueries.ProductDetail cooperativeRule = shown(chain, chain.sachetId);
            assertEquals(new SplitRule(6550, 725), cooperativeRule.rule());
            assertEquals(cooperativeRule.pieceSplit(), credited(chain, sellOne(chain, manager, chain.sachetId, true)));
            chain.tx(em -> {
                new IncomeLedger(em, chain.clock).setRule(manager, chain.sachetId, new SplitRule(7333, 333));
                return null;
            });
            CatalogQueries.ProductDetail ownRule = shown(chain, chain.sachetId);
            assertEquals(new SplitRule(7333, 333), ownRule.rule());
            // 68.00 × 73.33 % = 49.8644, 68.00 × 3.33 % = 2.2644: rounded down, the fen left over the cooperative's
            assertEquals(Money.parse("49.86"), ownRule.pieceSplit().artisan());
            assertEquals(Money.parse("2.26"), ownRule.pieceSplit().broker());
            assertEquals(Money.parse("15.88"), ownRule.pieceSplit().cooperative());
            assertEquals(ownRule.pieceSplit(), credited(chain, sellOne(chain, manager, chain.sachetId, true)));

            // the paper-cut has no rule of its own: the cooperative's; without a broker her share is the cooperative's
            CatalogQueries.ProductDetail paperCut = shown(chain, chain.paperCutId);
            assertEquals(new SplitRule(6550, 725), paperCut.rule());
            chain.produce(chain.paperCutId, chain.mainLocationId, 2);
            IncomeSplit withoutBroker = credited(chain, sellOne(chain, manager, chain.paperCutId, false));
            assertEquals(paperCut.pieceSplit().artisan(), withoutBroker.artisan());
            assertEquals(Money.ZERO, withoutBroker.broker());
            assertEquals(
                    paperCut.pieceSplit()
                            .cooperative()
                            .plus(paperCut.pieceSplit().broker()),
                    withoutBroker.cooperative());
        }
    }

    private static CatalogQueries.ProductDetail shown(Chain chain, long productId) {
        return chain.tx(em -> chain.catalog(em).product(productId)).orElseThrow();
    }

    /** Places an order of one piece (assigned to broker-li when {@code withBroker}), confirms its transfer: it is sold. */
    private static long sellOne(Chain chain, Actor manager, long productId, boolean withBroker) {
        OrderService.PlacedOrder placed = chain.placement()
                .place(
                        order(PaymentMethod.BANK_TRANSFER, line(productId, 1)),
                        "split-" + productId + "-" + System.nanoTime(),
                        "h");
        String number = placed.order().number();
        if (withBroker) {
            chain.tx(em -> new OrderAssignment(em, chain.clock).assign(FEDERATION, number, "broker-li"));
        }
        return chain.tx(em -> {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = chain.stock(em, income);
            return new BackOfficeOrders(em, stock, chain.clock, chain.shipped)
                    .paymentReceived(
                            manager,
                            number,
                            placed.order().total(),
                            PaymentMethod.BANK_TRANSFER,
                            LocalDate.of(2026, 11, 29))
                    .id();
        });
    }

    /** The one income entry the sale of the order wrote. */
    private static IncomeSplit credited(Chain chain, long orderId) {
        List<IncomeEntry> entries =
                chain.tx(em -> em.createQuery("select e from IncomeEntry e where e.orderId = :order", IncomeEntry.class)
                        .setParameter("order", orderId)
                        .getResultList());
        assertEquals(1, entries.size(), "one piece of one batch: one entry");
        assertEquals(1, entries.get(0).quantity());
        return entries.get(0).split();
    }
}
