package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import cn.longyuan.market.domain.model.brokerage.CommissionSettlement;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.infrastructure.pdf.OpenPdfPrinter;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A broker's commission from the sale of her order to the monthly settlement, on a real database. */
class CommissionsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);

    /** The services of one transaction as the container wires them: every sale is heard by the income ledger. */
    record Services(Commissions commissions, BackOfficeOrders orders, OrderFulfilment fulfilment) {
        static Services in(Chain chain, EntityManager em) {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = chain.stock(em, income);
            return new Services(
                    new Commissions(em, chain.clock),
                    new BackOfficeOrders(em, stock, chain.clock, chain.shipped),
                    new OrderFulfilment(em, stock, income, chain.clock, chain.printer));
        }
    }

    private static <T> T with(Chain chain, Function<Services, T> work) {
        return chain.tx(em -> work.apply(Services.in(chain, em)));
    }

    private static Actor manager(Chain chain) {
        return new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    /** A cash-on-delivery order of the broker's, shipped: its pieces are sold. */
    private static String soldOrderOf(Chain chain, Actor broker, long productId, int quantity) {
        String number = chain.placement()
                .place(order(PaymentMethod.CASH_ON_DELIVERY, line(productId, quantity)), "k" + System.nanoTime(), "h")
                .order()
                .number();
        chain.tx(em -> {
            em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", number)
                    .getSingleResult()
                    .assignBroker(broker.accountId());
            return null;
        });
        with(chain, s -> s.orders().ship(manager(chain), number, "中国邮政 EMS", "EA" + System.nanoTime()));
        return number;
    }

    private static void setRates(Chain chain, String broker, Commissions.RateInput... rates) {
        with(chain, s -> s.commissions().setRules(FEDERATION, broker, List.of(rates)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSaleOfABrokersOrderEarnsHerRateAndAReturnTakesItBack(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = BrokerDeskTest.broker(chain, "broker-li");
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            // 8 % on everything, 10 % on the cooperative, 12.5 % on the sachet: the sachet's wins
            setRates(
                    chain,
                    "broker-li",
                    new Commissions.RateInput(null, null, 800),
                    new Commissions.RateInput(chain.cooperativeId, null, 1000),
                    new Commissions.RateInput(null, chain.sachetId, 1250));

            String number = soldOrderOf(chain, li, chain.sachetId, 3);

            List<IncomeEntry> entries = chain.tx(em -> em.createQuery("select e from IncomeEntry e", IncomeEntry.class)
                    .getResultList());
            assertEquals(1, entries.size());
            // 3 × 68.00 = 204.00: 12.5 % = 25.50 to her, 70 % = 142.80 to the artisan, 35.70 the cooperative's
            assertEquals(2550, entries.get(0).split().broker().fen());
            assertEquals(14280, entries.get(0).split().artisan().fen());
            assertEquals(3570, entries.get(0).split().cooperative().fen());
            Commissions.Ledger ledger = with(chain, s -> s.commissions().ledger(li, null, NOVEMBER));
            assertEquals(2550, ledger.totalFen());
            assertEquals(
                    List.of(number),
                    ledger.orders().stream()
                            .map(Commissions.OrderCommissions::orderNumber)
                            .toList());
            assertEquals(3, ledger.orders().get(0).lines().get(0).quantity());
            assertFalse(ledger.settled());

            with(
                    chain,
                    s -> s.fulfilment()
                            .returnPieces(
                                    manager(chain),
                                    number,
                                    chain.sachetId,
                                    1,
                                    OrderReturn.Disposition.RESTOCK,
                                    "尺寸不合适"));

            Commissions.Ledger afterReturn = with(chain, s -> s.commissions().ledger(li, "broker-li", NOVEMBER));
            assertEquals(2550 - 850, afterReturn.totalFen());
            List<Commissions.Line> lines = afterReturn.orders().get(0).lines();
            assertEquals(
                    List.of(IncomeEntry.Kind.SALE, IncomeEntry.Kind.REVERSAL),
                    lines.stream().map(Commissions.Line::kind).toList());
            assertEquals(-850, lines.get(1).commissionFen());
            assertEquals(-6800, lines.get(1).saleFen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutARuleOfHerOwnTheCooperativesBrokerShareApplies(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor zhao = BrokerDeskTest.broker(chain, "broker-zhao");
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            soldOrderOf(chain, zhao, chain.sachetId, 2);
            // the cooperative set no rule: 5 % of 136.00
            assertEquals(
                    680,
                    with(chain, s -> s.commissions().ledger(zhao, null, NOVEMBER))
                            .totalFen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBrokerSeesOnlyHerOwnCommissionsAndFederationStaffSeeEveryBrokers(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = BrokerDeskTest.broker(chain, "broker-li");
            Actor zhao = BrokerDeskTest.broker(chain, "broker-zhao");
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            String hers = soldOrderOf(chain, li, chain.sachetId, 2);

            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().ledger(zhao, "broker-li", NOVEMBER)))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().rules(zhao, "broker-li")))
                            .reason());
            List<Commissions.Ledger> zhaos = with(chain, s -> s.commissions().ledgers(zhao, null, NOVEMBER));
            assertEquals(
                    List.of("broker-zhao"),
                    zhaos.stream().map(l -> l.broker().username()).toList());
            assertTrue(zhaos.get(0).orders().isEmpty());
            List<Commissions.Ledger> all = with(chain, s -> s.commissions().ledgers(FEDERATION, null, NOVEMBER));
            assertEquals(
                    List.of("broker-li", "broker-zhao"),
                    all.stream().map(l -> l.broker().username()).toList());
            assertEquals(hers, all.get(0).orders().get(0).orderNumber());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().ledgers(manager(chain), null, NOVEMBER)))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().setRules(li, "broker-li", List.of())))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().settle(li, "broker-li", NOVEMBER)))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void settlingAMonthTwiceIsRefusedAndAReversalAfterTheSettlementLandsInTheNextMonth(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = BrokerDeskTest.broker(chain, "broker-li");
            chain.produce(chain.sachetId, chain.mainLocationId, 4);
            setRates(chain, "broker-li", new Commissions.RateInput(null, null, 1000));
            String number = soldOrderOf(chain, li, chain.sachetId, 4);

            assertEquals(
                    Reason.VALIDATION,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", DECEMBER)))
                            .reason(),
                    "a month still to come");
            CommissionSettlement november = with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", NOVEMBER));
            assertEquals(2720, november.totalFen());
            assertEquals(1, november.entries());
            assertEquals("federation", november.settledBy());
            RequestRefusedException twice = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", NOVEMBER)));
            assertEquals(Reason.INVALID_STATE, twice.reason());

            // still in November, after its settlement: a piece comes back
            with(
                    chain,
                    s -> s.fulfilment()
                            .returnPieces(
                                    manager(chain),
                                    number,
                                    chain.sachetId,
                                    1,
                                    OrderReturn.Disposition.RESTOCK,
                                    "颜色不对"));

            Commissions.Ledger settled = with(chain, s -> s.commissions().ledger(FEDERATION, "broker-li", NOVEMBER));
            assertTrue(settled.settled());
            assertEquals(2720, settled.totalFen(), "a settled month's total does not change");
            Commissions.Ledger next = with(chain, s -> s.commissions().ledger(FEDERATION, "broker-li", DECEMBER));
            assertNull(next.settlement());
            assertEquals(-680, next.totalFen());
            Commissions.Line carried = next.orders().get(0).lines().get(0);
            assertEquals(IncomeEntry.Kind.REVERSAL, carried.kind());
            assertTrue(carried.carriedFrom(DECEMBER));

            chain.clock.advance(Duration.ofDays(5));
            CommissionSettlement december = with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", DECEMBER));
            assertEquals(-680, december.totalFen());
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", NOVEMBER)))
                            .reason());
            assertEquals(
                    List.of(DECEMBER, NOVEMBER),
                    with(chain, s -> s.commissions().settlements(li, null)).stream()
                            .map(CommissionSettlement::month)
                            .toList());
            // nothing left to settle in January
            chain.clock.advance(Duration.ofDays(40));
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.commissions()
                                                    .settle(FEDERATION, "broker-li", YearMonth.of(2027, 1))))
                            .reason());
            Number settledRows =
                    chain.tx(em -> (Number) em.createNativeQuery("select count(*) from commission_settled_entry")
                            .getSingleResult());
            assertEquals(2, settledRows.intValue(), "each entry settled once");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ratesAreCheckedAndReplacedAsAWhole(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            BrokerDeskTest.broker(chain, "broker-li");
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> setRates(
                            chain,
                            "broker-li",
                            new Commissions.RateInput(null, null, 10_001),
                            new Commissions.RateInput(chain.cooperativeId + 1000, null, 10),
                            new Commissions.RateInput(chain.cooperativeId + 1000, chain.sachetId, 10),
                            new Commissions.RateInput(null, chain.paperCutId, 10),
                            new Commissions.RateInput(chain.cooperativeId, chain.paperCutId, 20)));
            assertEquals(
                    List.of(
                            "rules[0].basisPoints",
                            "rules[1].cooperativeId",
                            "rules[2].cooperativeId",
                            "rules[4].productId"),
                    refused.violations().stream().map(v -> v.field()).toList());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> setRates(chain, "broker-nobody", new Commissions.RateInput(null, null, 10)))
                            .reason());

            setRates(
                    chain,
                    "broker-li",
                    new Commissions.RateInput(null, null, 800),
                    new Commissions.RateInput(null, chain.sachetId, 1200));
            setRates(chain, "broker-li", new Commissions.RateInput(null, chain.sachetId, 1500));
            var rules = with(chain, s -> s.commissions().rules(FEDERATION, "broker-li"));
            assertEquals(1, rules.size());
            assertEquals(1500, rules.get(0).rate().basisPoints());
            assertEquals(chain.cooperativeId, rules.get(0).rate().cooperativeId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theStatementIsAPdfWithTheMonthsTotal(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = BrokerDeskTest.broker(chain, "broker-li");
            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            setRates(chain, "broker-li", new Commissions.RateInput(null, null, 1234));
            soldOrderOf(chain, li, chain.sachetId, 1);
            with(chain, s -> s.commissions().settle(FEDERATION, "broker-li", NOVEMBER));

            byte[] pdf = with(
                    chain,
                    s -> new OpenPdfPrinter()
                            .print(CommissionStatementPdf.document(
                                    s.commissions().ledger(li, null, NOVEMBER))));

            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            // 68.00 × 12.34 % = 8.3912 → 8.39
            assertTrue(text.contains("8.39"), text);
            assertTrue(text.contains("broker-li"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRateNamingAProductAndItsCooperativeIsTakenWhateverTheirIds(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            BrokerDeskTest.broker(chain, "broker-li");
            // ids above 127: two Longs of the same value are then two objects (Long.valueOf caches -128…127 only)
            long[] ids = chain.tx(em -> {
                Cooperative coop = null;
                while (coop == null || coop.id() <= 200) {
                    coop = new Cooperative(
                            new BilingualText("合作社", "Cooperative"), "宁远堡镇", new BilingualText("姐妹们", "Sisters"));
                    em.persist(coop);
                    em.flush();
                }
                Product product = new Product(
                        coop,
                        em.find(Craft.class, "sachet"),
                        new BilingualText("香包", "Sachet"),
                        new BilingualText("香包", "Sachet"),
                        Money.parse("68.00"),
                        null,
                        chain.clock.instant());
                em.persist(product);
                em.flush();
                return new long[] {coop.id(), product.id()};
            });

            setRates(chain, "broker-li", new Commissions.RateInput(ids[0], ids[1], 1000));

            List<CommissionRule> rules = with(chain, s -> s.commissions().rules(FEDERATION, "broker-li"));
            assertEquals(1, rules.size());
            assertEquals(ids[1], rules.get(0).rate().productId());
            assertEquals(ids[0], rules.get(0).rate().cooperativeId());
        }
    }
}
