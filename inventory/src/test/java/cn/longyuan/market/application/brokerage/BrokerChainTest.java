package cn.longyuan.market.application.brokerage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderDeliveries;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import cn.longyuan.market.domain.model.dispatch.WorkTask;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The issue's "done when" as one chain over a real database: a broker quotes a tourist shop 200 sachets at the
 * wholesale price, dispatches the work to two women trained in the sachet course (an untrained one is refused),
 * the pieces are checked (some rejected), the accepted ones become batches and piece-rate pay, the quote becomes an
 * order that sells exactly those pieces, it is paid, shipped and delivered, the broker's commission shows in her
 * ledger, and the federation's report shows the two women's work and income under the course that trained them.
 * Every expected figure is worked out here from the rates and prices, not read back from the report's own queries.
 */
class BrokerChainTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);
    private static final ChainReport.Filter YEAR =
            ChainReport.Filter.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    /** The services of one transaction as the container wires them: every sale is heard by the income ledger. */
    private record Services(
            QuoteService quotes,
            PieceworkDispatch dispatch,
            BackOfficeOrders orders,
            OrderDeliveries deliveries,
            Commissions commissions,
            ChainReport report,
            IncomeLedger income) {
        static Services in(Chain chain, EntityManager em) {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = chain.stock(em, income);
            return new Services(
                    new QuoteService(em, chain.orders(em), chain.clock),
                    new PieceworkDispatch(em, new ProductionService(em, stock, chain.clock), chain.clock),
                    new BackOfficeOrders(em, stock, chain.clock, chain.shipped),
                    new OrderDeliveries(em, chain.clock),
                    new Commissions(em, chain.clock),
                    new ChainReport(em, chain.clock),
                    income);
        }
    }

    private static <T> T with(Chain chain, Function<Services, T> work) {
        return chain.tx(em -> work.apply(Services.in(chain, em)));
    }

    /** The course the chain's trained woman completed, a second woman who completed it too, and a woman of another course with older stock. */
    private record People(long courseId, long secondTrainedId, long otherCourseId, long earlierMakerId) {}

    private static People people(Chain chain) {
        return chain.tx(em -> {
            Cooperative coop = em.find(Cooperative.class, chain.cooperativeId);
            TrainingCourse course = em.createQuery(
                            "select c from TrainingCourse c where c.craft.code = 'sachet'", TrainingCourse.class)
                    .getSingleResult();
            Artisan wang = new Artisan(coop, "香包王嫂");
            em.persist(wang);
            Enrollment hers = new Enrollment(course, wang, LocalDate.of(2026, 2, 20));
            hers.complete(LocalDate.of(2026, 3, 10), SkillLevel.INTERMEDIATE);
            em.persist(hers);
            // a woman of an earlier course whose sachets are already in stock: the quote's order must not sell hers
            TrainingCourse earlier = new TrainingCourse(
                    em.find(Craft.class, "sachet"),
                    new BilingualText("香包班（上年）", "Sachets, last year"),
                    SkillLevel.BASIC,
                    30,
                    "高老师",
                    "金川区妇女儿童活动中心",
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2025, 9, 10),
                    20,
                    null);
            em.persist(earlier);
            Artisan zhao = new Artisan(coop, "老绣娘赵姐");
            em.persist(zhao);
            Enrollment done = new Enrollment(earlier, zhao, LocalDate.of(2025, 8, 25));
            done.complete(LocalDate.of(2025, 9, 10), SkillLevel.BASIC);
            em.persist(done);
            em.flush();
            return new People(course.id(), wang.id(), earlier.id(), zhao.id());
        });
    }

    private static Actor broker(Chain chain) {
        long id = chain.tx(em -> {
            Account account = new Account("broker-li", "x", Role.BROKER, null, "李经纪", chain.clock.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
        return new Actor(id, "broker-li", Role.BROKER, null);
    }

    private static long fen(String yuan) {
        return Money.parse(yuan).fen();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTouristShopsTwoHundredSachetsAreQuotedMadeByTrainedWomenSoldDeliveredAndCountedUnderTheirCourse(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            People people = people(chain);
            long li = chain.trainedArtisanId;
            long wang = people.secondTrainedId();
            Actor broker = broker(chain);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            // 30 older sachets of the product, made in June by the woman of last year's course
            chain.tx(em -> new ProductionService(em, chain.stock(em), chain.clock)
                    .record(
                            new ProductionService.RecordBatch(
                                    chain.sachetId, people.earlierMakerId(), 30, LocalDate.of(2026, 6, 1), null),
                            chain.cooperativeId,
                            "test"));

            // the cooperative's wholesale tiers and the broker's rate for this product (8 %)
            with(
                    chain,
                    s -> s.quotes()
                            .setTiers(
                                    manager,
                                    chain.sachetId,
                                    List.of(
                                            new QuoteService.Tier(50, Money.parse("60.00")),
                                            new QuoteService.Tier(100, Money.parse("52.00")))));
            with(
                    chain,
                    s -> s.commissions()
                            .setRules(
                                    FEDERATION,
                                    "broker-li",
                                    List.of(new Commissions.RateInput(null, chain.sachetId, 800))));

            ChainReport.Figures courseBefore = courseRow(chain, people.courseId());
            ChainReport.Figures earlierBefore = courseRow(chain, people.otherCourseId());

            // the quote: 200 sachets at the tier of 100 and more, accepted by the shop
            Quote quote = with(
                    chain,
                    s -> s.quotes()
                            .create(
                                    broker,
                                    new QuoteService.Request(
                                            new Quote.Customer("敦煌鸣沙山旅游纪念品商店", "13909370001", null),
                                            DUE,
                                            14,
                                            List.of(new PlaceOrderCommand.Line(chain.sachetId, 200)))));
            assertEquals(Money.parse("52.00"), quote.lines().get(0).unitPrice());
            with(chain, s -> s.quotes().accept(broker, quote.number()));
            ShippingAddress shop = new ShippingAddress("CN", "甘肃省", "酒泉市", "敦煌市", "鸣山路 9 号", "736200");
            assertEquals(
                    Reason.OUT_OF_STOCK,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.quotes()
                                                    .placeOrder(
                                                            broker, quote.number(), shop, PaymentMethod.BANK_TRANSFER)))
                            .reason(),
                    "30 in stock are not 200");

            // the work: only women trained in sachets; rejected pieces are given out again
            WorkOrder work = with(
                    chain,
                    s -> s.dispatch()
                            .open(broker, new PieceworkDispatch.NewWorkOrder(quote.number(), null, null, null)));
            assertEquals(200, work.quantity());
            List<Long> candidates = with(chain, s -> s.dispatch().candidates(broker, work.number())).stream()
                    .map(PieceworkDispatch.Candidate::artisanId)
                    .toList();
            assertTrue(
                    candidates.containsAll(List.of(li, wang)) && !candidates.contains(chain.untrainedArtisanId),
                    candidates.toString());
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.dispatch()
                                    .assign(
                                            broker,
                                            work.number(),
                                            new PieceworkDispatch.NewTask(
                                                    chain.untrainedArtisanId, null, 20, Money.parse("6.50"), DUE))));
            assertEquals(Reason.NOT_TRAINED, refused.reason());
            assertEquals(
                    List.of("artisanId"),
                    refused.violations().stream().map(FieldViolation::field).toList());

            WorkTask liTask = assign(chain, broker, work, li, 120, "6.50");
            WorkTask wangTask = assign(chain, broker, work, wang, 80, "7.00");
            with(
                    chain,
                    s -> s.dispatch()
                            .issueMaterials(broker, work.number(), liTask.id(), "丝线", new BigDecimal("12.5"), "卷"));
            with(
                    chain,
                    s -> s.dispatch()
                            .issueMaterials(broker, work.number(), wangTask.id(), "艾草", new BigDecimal("3"), "公斤"));
            with(chain, s -> s.dispatch().recordReturn(broker, work.number(), liTask.id(), 110, 10, "针脚不齐", null));
            with(chain, s -> s.dispatch().recordReturn(manager, work.number(), wangTask.id(), 80, 0, null, null));
            assertEquals(
                    10,
                    with(chain, s -> s.dispatch().get(broker, work.number())).toDispatch(),
                    "the 10 rejected are made again");
            WorkTask again = assign(chain, broker, work, wang, 10, "7.00");
            with(
                    chain,
                    s -> s.dispatch()
                            .issueMaterials(broker, work.number(), again.id(), "丝线", new BigDecimal("1"), "卷"));
            with(chain, s -> s.dispatch().recordReturn(broker, work.number(), again.id(), 10, 0, null, null));
            PieceworkDispatch.WorkOrderView made = with(chain, s -> s.dispatch().get(broker, work.number()));
            assertEquals(200, made.accepted());
            assertEquals(10, made.rejected());
            assertEquals(0, made.toDispatch());
            Set<String> traceCodes = new java.util.HashSet<>();
            made.tasks().forEach(t -> t.returns().forEach(r -> traceCodes.add(r.traceCode())));
            assertEquals(3, traceCodes.size(), "each checked return is a batch with its own trace code");

            // piece-rate pay: Li 110 × 6.50, Wang (80 + 10) × 7.00
            long liPay = 110 * fen("6.50");
            long wangPay = 90 * fen("7.00");
            assertEquals(Money.ofFen(liPay), with(chain, s -> s.income().balanceOf(manager, li)));
            assertEquals(Money.ofFen(wangPay), with(chain, s -> s.income().balanceOf(manager, wang)));

            // the quote becomes an order at the quoted price, holding the 200 made pieces
            OrderService.PlacedOrder placed =
                    with(chain, s -> s.quotes().placeOrder(broker, quote.number(), shop, PaymentMethod.BANK_TRANSFER));
            String number = placed.order().number();
            assertEquals(Money.parse("52.00"), placed.order().lines().get(0).unitPrice());
            long orderValue = 200 * fen("52.00");
            assertEquals(orderValue, placed.order().subtotal().fen());

            // paid (the broker confirms the transfer), shipped by the cooperative, delivered
            with(
                    chain,
                    s -> s.orders()
                            .paymentReceived(
                                    broker,
                                    number,
                                    placed.order().total(),
                                    PaymentMethod.BANK_TRANSFER,
                                    LocalDate.of(2026, 11, 29)));
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.deliveries().confirmDelivered(broker, number, null)))
                            .reason(),
                    "not shipped yet");
            with(chain, s -> s.orders().ship(manager, number, "中国邮政 EMS", "EA123456789CN"));
            assertEquals(
                    Reason.VALIDATION,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.deliveries()
                                                    .confirmDelivered(broker, number, LocalDate.of(2026, 12, 2))))
                            .reason(),
                    "a day to come");
            CustomerOrder delivered = with(chain, s -> s.deliveries().confirmDelivered(broker, number, null));
            assertEquals(OrderStatus.DELIVERED, delivered.status());

            // the sale is of the pieces the two women made: traced through their batches, not the older stock
            Map<Long, Long> soldBy = new HashMap<>();
            List<?> sales = chain.tx(em -> em.createNativeQuery(
                            "select i.artisan_id, i.quantity, i.artisan_fen, i.broker_fen, i.sale_fen "
                                    + "from income_entry i join orders o on o.id = i.order_id where o.number = ?1 and i.kind = 'SALE'")
                    .setParameter(1, number)
                    .getResultList());
            long commission = 0;
            for (Object row : sales) {
                Object[] r = (Object[]) row;
                soldBy.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum);
                assertEquals(0, ((Number) r[2]).longValue(), "piecework was paid per piece, not again from the sale");
                commission += ((Number) r[3]).longValue();
            }
            assertEquals(Map.of(li, 110L, wang, 90L), soldBy);
            int available = chain.tx(em -> ((Number) em.createNativeQuery(
                                    "select sum(on_hand - reserved) from stock_level where product_id = ?1")
                            .setParameter(1, chain.sachetId)
                            .getSingleResult())
                    .intValue());
            assertEquals(30, available, "the older 30 are still on sale");

            // her commission: 8 % of 10 400.00, whole fen per slice here (every slice is whole yuan)
            long expectedCommission = orderValue * 800 / 10_000;
            assertEquals(83_200, expectedCommission);
            assertEquals(expectedCommission, commission);
            Commissions.Ledger ledger = with(chain, s -> s.commissions().ledger(broker, null, NOVEMBER));
            Commissions.OrderCommissions hers = ledger.orders().stream()
                    .filter(o -> o.orderNumber().equals(number))
                    .findFirst()
                    .orElseThrow();
            assertEquals(orderValue, hers.saleFen());
            assertEquals(expectedCommission, hers.commissionFen());
            assertEquals(1, ledger.orders().size(), "the piece-rate pay of her work order is no sale of hers");
            assertEquals(expectedCommission, ledger.totalFen());

            // the federation's report: the course that trained Li and Wang shows their work, income and sales
            ChainReport.Figures courseAfter = courseRow(chain, people.courseId());
            assertEquals(courseBefore.piecesMade() + 200, courseAfter.piecesMade());
            assertEquals(courseBefore.piecesSold() + 200, courseAfter.piecesSold());
            assertEquals(courseBefore.salesFen() + orderValue, courseAfter.salesFen());
            assertEquals(
                    courseBefore.incomeFen() + liPay + wangPay,
                    courseAfter.incomeFen(),
                    "piece-rate pay is the women's income");
            assertEquals(courseBefore.womenProduced() + 2, courseAfter.womenProduced());
            ChainReport.CourseDetail detail = with(chain, s -> s.report().course(FEDERATION, people.courseId(), YEAR));
            ChainReport.Trainee liRow = trainee(detail, li);
            ChainReport.Trainee wangRow = trainee(detail, wang);
            assertEquals(
                    List.of(110L, 110L, 110 * fen("52.00"), liPay),
                    List.of(liRow.piecesMade(), liRow.piecesSold(), liRow.salesFen(), liRow.incomeFen()));
            assertEquals(
                    List.of(90L, 90L, 90 * fen("52.00"), wangPay),
                    List.of(wangRow.piecesMade(), wangRow.piecesSold(), wangRow.salesFen(), wangRow.incomeFen()));
            // and last year's course, whose woman's stock was not sold, is as it was
            assertEquals(earlierBefore, courseRow(chain, people.otherCourseId()));
        }
    }

    private static WorkTask assign(Chain chain, Actor broker, WorkOrder work, long artisan, int pieces, String rate) {
        return with(
                chain,
                s -> s.dispatch()
                        .assign(
                                broker,
                                work.number(),
                                new PieceworkDispatch.NewTask(artisan, null, pieces, Money.parse(rate), DUE)));
    }

    private static ChainReport.Figures courseRow(Chain chain, long courseId) {
        ChainReport.Report report = with(chain, s -> s.report().report(FEDERATION, YEAR, ChainReport.Grouping.COURSE));
        return report.rows().stream()
                .filter(r -> Long.valueOf(courseId).equals(r.courseId()))
                .findFirst()
                .map(ChainReport.Row::all)
                .orElse(ChainReport.Figures.NONE);
    }

    private static ChainReport.Trainee trainee(ChainReport.CourseDetail detail, long artisanId) {
        return detail.trainees().stream()
                .filter(t -> t.artisanId() == artisanId)
                .findFirst()
                .orElseThrow();
    }
}
