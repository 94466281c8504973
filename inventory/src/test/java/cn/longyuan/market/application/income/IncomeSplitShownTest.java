package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Money as the back office shows it: a reversal counts negative on the income page, the cooperative's share of each
 * entry is there beside the maker's, and an order's sales show their full split (maker, cooperative, broker) to the
 * cooperative whose part they are and to federation staff only.
 */
class IncomeSplitShownTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSaleAndItsReversalShowTheirSplitWithTheReversalNegative(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            String number = chain.placement()
                    .place(order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)), "k", "h")
                    .order()
                    .number();
            long orderId = chain.tx(em -> {
                IncomeLedger income = new IncomeLedger(em, chain.clock);
                StockService stock = chain.stock(em, income);
                CustomerOrder shipped =
                        new BackOfficeOrders(em, stock, chain.clock, chain.shipped).ship(manager, number, "EMS", "E1");
                return shipped.id();
            });
            chain.tx(em -> {
                new IncomeLedger(em, chain.clock)
                        .reverse(orderId, chain.sachetId, chain.mainLocationId, 1, true, "test");
                return null;
            });

            // newest first: the piece taken back, then the sale; her 70 %, the cooperative the rest
            List<IncomeLedger.EntryLine> entries =
                    chain.tx(em -> new IncomeLedger(em, chain.clock).entries(manager, chain.trainedArtisanId));
            assertEquals(
                    List.of(IncomeEntry.Kind.REVERSAL, IncomeEntry.Kind.SALE),
                    entries.stream().map(IncomeLedger.EntryLine::kind).toList());
            assertEquals(
                    List.of("-68.00", "136.00"),
                    entries.stream().map(IncomeLedger.EntryLine::signedSale).toList());
            assertEquals(
                    List.of("-47.60", "95.20"),
                    entries.stream()
                            .map(IncomeLedger.EntryLine::signedArtisanShare)
                            .toList());
            assertEquals(
                    List.of("-20.40", "40.80"),
                    entries.stream()
                            .map(IncomeLedger.EntryLine::signedCooperativeShare)
                            .toList());

            List<IncomeLedger.SplitLine> split =
                    chain.tx(em -> new IncomeLedger(em, chain.clock).splitOf(manager, orderId));
            assertEquals(2, split.size());
            IncomeLedger.SplitLine sale = split.get(0);
            assertEquals(IncomeEntry.Kind.SALE, sale.kind());
            assertEquals("端午香包", sale.product());
            assertEquals("巧手李姐", sale.maker(), "the maker by her public name");
            assertEquals(
                    List.of("136.00", "95.20", "40.80", "0.00"),
                    List.of(
                            sale.signedSale(),
                            sale.signedArtisanShare(),
                            sale.signedCooperativeShare(),
                            sale.signedBrokerShare()));
            IncomeLedger.SplitLine reversal = split.get(1);
            assertEquals(
                    List.of("-68.00", "-47.60", "-20.40", "0.00"),
                    List.of(
                            reversal.signedSale(),
                            reversal.signedArtisanShare(),
                            reversal.signedCooperativeShare(),
                            reversal.signedBrokerShare()));

            Actor federation = new Actor(9, "federation", Role.FEDERATION, null);
            assertEquals(split, chain.tx(em -> new IncomeLedger(em, chain.clock).splitOf(federation, orderId)));
            Actor otherManager = new Actor(2, "coop-other", Role.COOP_MANAGER, chain.cooperativeId + 1000);
            assertEquals(List.of(), chain.tx(em -> new IncomeLedger(em, chain.clock).splitOf(otherManager, orderId)));
            Actor broker = new Actor(3, "broker-li", Role.BROKER, null);
            assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new IncomeLedger(em, chain.clock).splitOf(broker, orderId)));
        }
    }
}
