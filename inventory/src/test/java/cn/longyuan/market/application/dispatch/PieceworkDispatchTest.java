package cn.longyuan.market.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.dispatch.TaskStatus;
import cn.longyuan.market.domain.model.dispatch.WorkOrder;
import cn.longyuan.market.domain.model.dispatch.WorkTask;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
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
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Piecework dispatch over a real database: the skill gate, over-returns, batch + stock + piece-rate income, and scoping. */
class PieceworkDispatchTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);
    private static final Money RATE = Money.parse("6.50");

    /** A second cooperative (双湾) with a sachet product of its own, a trained and an untrained member. */
    private static final class Shuangwan {
        long cooperativeId;
        long locationId;
        long sachetId;
        long trainedId;
        long untrainedId;
    }

    private static Shuangwan shuangwan(Chain chain) {
        Shuangwan s = new Shuangwan();
        chain.db.run(em -> {
            Cooperative coop = new Cooperative(
                    new BilingualText("双湾镇妇女手工合作社", "Shuangwan Women's Handicraft Cooperative"),
                    "双湾镇",
                    new BilingualText("八位姐妹", "Eight women"));
            em.persist(coop);
            Location main = new Location(coop, new BilingualText("双湾工坊", "Shuangwan workshop"), "双湾镇", true);
            em.persist(main);
            Artisan guo = new Artisan(coop, "绣花郭嫂");
            Artisan wu = new Artisan(coop, "吴妹");
            em.persist(guo);
            em.persist(wu);
            Craft sachet = em.find(Craft.class, "sachet");
            TrainingCourse course = new TrainingCourse(
                    sachet,
                    new BilingualText("香包班（双湾）", "Sachets in Shuangwan"),
                    SkillLevel.BASIC,
                    24,
                    "马老师",
                    "双湾镇文化站",
                    LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 5, 5),
                    20,
                    null);
            em.persist(course);
            Enrollment done = new Enrollment(course, guo, LocalDate.of(2026, 4, 20));
            done.complete(LocalDate.of(2026, 5, 5), SkillLevel.BASIC);
            em.persist(done);
            em.persist(new Enrollment(course, wu, LocalDate.of(2026, 4, 20)));
            Product gourd = new Product(
                    coop,
                    sachet,
                    new BilingualText("葫芦香包", "Gourd sachet"),
                    new BilingualText("葫芦形香包", "A gourd-shaped sachet"),
                    Money.parse("38.00"),
                    null,
                    chain.clock.instant());
            gourd.publish();
            em.persist(gourd);
            em.flush();
            s.cooperativeId = coop.id();
            s.locationId = main.id();
            s.sachetId = gourd.id();
            s.trainedId = guo.id();
            s.untrainedId = wu.id();
        });
        return s;
    }

    private static Actor broker(Chain chain, String name) {
        long id = chain.tx(em -> {
            Account account = new Account(name, "x", Role.BROKER, null, name, chain.clock.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
        return new Actor(id, name, Role.BROKER, null);
    }

    private static Actor manager(long cooperativeId, String name) {
        return new Actor(900 + cooperativeId, name, Role.COOP_MANAGER, cooperativeId);
    }

    private static <T> T dispatch(Chain chain, Function<PieceworkDispatch, T> work) {
        return chain.tx(em -> work.apply(new PieceworkDispatch(em, chain.production(em), chain.clock)));
    }

    private static IncomeLedger ledger(Chain chain, EntityManager em) {
        return new IncomeLedger(em, chain.clock);
    }

    private static int onHand(Chain chain, long productId, long locationId) {
        return chain.tx(em -> ((Number)
                        em.createNativeQuery("select coalesce(sum(on_hand), 0) from stock_level where product_id = ?1 "
                                        + "and location_id = ?2")
                                .setParameter(1, productId)
                                .setParameter(2, locationId)
                                .getSingleResult())
                .intValue());
    }

    /** Products made at the same instant, newest first: the last made (the highest id) first. */
    private static List<Long> newestFirst(Long... ids) {
        return java.util.Arrays.stream(ids)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    private static long count(Chain chain, String table) {
        return chain.tx(em ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private static Reason reason(Runnable call) {
        return assertThrows(RequestRefusedException.class, call::run).reason();
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(RequestRefusedException.class, call::run).violations().stream()
                .map(FieldViolation::field)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAcceptedQuoteIsMadeByTrainedWomenOfTwoCooperativesAndTheirAcceptedPiecesBecomeStockAndPieceRateIncome(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Shuangwan sw = shuangwan(chain);
            Actor li = broker(chain, "broker-li");
            Quote quote = chain.tx(em -> new QuoteService(em, chain.orders(em), chain.clock)
                    .create(
                            li,
                            new QuoteService.Request(
                                    new Quote.Customer("敦煌鸣沙礼品店 陈经理", "13909370001", null),
                                    DUE,
                                    14,
                                    List.of(new PlaceOrderCommand.Line(chain.sachetId, 200)))));
            // an open quote is not work yet
            assertEquals(
                    Reason.INVALID_STATE,
                    reason(() -> dispatch(
                            chain,
                            d -> d.open(li, new PieceworkDispatch.NewWorkOrder(quote.number(), null, null, null)))));
            assertTrue(
                    chain.tx(em -> new QuoteService(em, chain.orders(em), chain.clock).dispatchable(li))
                            .isEmpty(),
                    "an open quote is offered to no work order");
            chain.tx(em -> new QuoteService(em, chain.orders(em), chain.clock).accept(li, quote.number()));
            assertEquals(
                    List.of(quote.number()),
                    chain.tx(em -> new QuoteService(em, chain.orders(em), chain.clock).dispatchable(li)).stream()
                            .map(Quote::number)
                            .toList());

            WorkOrder order = dispatch(
                    chain, d -> d.open(li, new PieceworkDispatch.NewWorkOrder(quote.number(), null, null, null)));
            assertEquals(200, order.quantity());
            assertEquals(DUE, order.dueOn());
            assertEquals(chain.sachetId, order.productId());

            List<PieceworkDispatch.Candidate> candidates = dispatch(chain, d -> d.candidates(li, order.number()));
            assertEquals(
                    List.of(chain.trainedArtisanId, sw.trainedId),
                    candidates.stream()
                            .map(PieceworkDispatch.Candidate::artisanId)
                            .toList());
            assertEquals(
                    List.of(chain.sachetId, sw.sachetId),
                    candidates.stream()
                            .map(PieceworkDispatch.Candidate::productId)
                            .toList());

            WorkTask li1 = dispatch(
                    chain,
                    d -> d.assign(
                            li,
                            order.number(),
                            new PieceworkDispatch.NewTask(chain.trainedArtisanId, null, 100, RATE, DUE)));
            WorkTask guo = dispatch(
                    chain,
                    d -> d.assign(
                            li, order.number(), new PieceworkDispatch.NewTask(sw.trainedId, null, 100, RATE, DUE)));
            assertEquals(sw.sachetId, guo.productId(), "she makes her own cooperative's sachet");
            assertEquals(
                    List.of("quantity"),
                    fields(() -> dispatch(
                            chain,
                            d -> d.assign(
                                    li,
                                    order.number(),
                                    new PieceworkDispatch.NewTask(chain.trainedArtisanId, null, 1, RATE, DUE)))));

            PieceworkDispatch.WorkOrderView assigned = dispatch(chain, d -> d.get(li, order.number()));
            assertEquals(
                    List.of(li1.id(), guo.id()),
                    assigned.openTasks().stream()
                            .map(PieceworkDispatch.TaskView::id)
                            .toList());
            assertEquals(List.of(), assigned.tasksTakingReturns(), "no pieces come back before materials went out");
            assertEquals(DUE, assigned.suggestedTaskDue(DUE.minusDays(30)), "a task is due when its work order is");
            dispatch(chain, d -> d.issueMaterials(li, order.number(), li1.id(), "丝线", new BigDecimal("12.50"), "卷"));
            assertEquals(
                    List.of(li1.id()),
                    dispatch(chain, d -> d.get(li, order.number())).tasksTakingReturns().stream()
                            .map(PieceworkDispatch.TaskView::id)
                            .toList());
            dispatch(chain, d -> d.issueMaterials(li, order.number(), guo.id(), "艾草", new BigDecimal("2"), "公斤"));
            int ningyuanBefore = onHand(chain, chain.sachetId, chain.mainLocationId);
            int shuangwanBefore = onHand(chain, sw.sachetId, sw.locationId);

            dispatch(chain, d -> d.recordReturn(li, order.number(), li1.id(), 100, 0, null, null));
            dispatch(
                    chain,
                    d -> d.recordReturn(
                            manager(sw.cooperativeId, "coop-shuangwan"),
                            order.number(),
                            guo.id(),
                            90,
                            10,
                            "针脚不齐",
                            null));

            assertEquals(ningyuanBefore + 100, onHand(chain, chain.sachetId, chain.mainLocationId));
            assertEquals(shuangwanBefore + 90, onHand(chain, sw.sachetId, sw.locationId));
            PieceworkDispatch.WorkOrderView view = dispatch(chain, d -> d.get(li, order.number()));
            assertEquals(190, view.accepted());
            assertEquals(10, view.rejected());
            assertEquals(10, view.toDispatch(), "rejected pieces are to be made again");
            assertEquals(quote.number(), view.quoteNumber());
            assertEquals(
                    List.of(TaskStatus.RETURNED, TaskStatus.RETURNED),
                    view.tasks().stream()
                            .map(PieceworkDispatch.TaskView::status)
                            .toList());
            assertEquals(List.of(), view.openTasks(), "returned tasks take no more materials");
            PieceworkDispatch.ReturnLine checked = view.tasks().get(1).returns().get(0);
            assertNotNull(checked.traceCode());
            assertTrue(checked.traceCode().length() >= 8);
            assertEquals("针脚不齐", checked.reason());
            assertEquals(1, view.tasks().get(0).materials().size());

            // the batches are hers, at her cooperative
            List<?> rows = chain.tx(em -> em.createNativeQuery("select artisan_id, product_id, location_id, quantity "
                            + "from production_batch order by id")
                    .getResultList());
            List<Object[]> batches = rows.stream().map(r -> (Object[]) r).toList();
            assertEquals(2, batches.size());
            assertEquals(
                    List.of(sw.trainedId, sw.sachetId, sw.locationId, 90L),
                    List.of(
                            ((Number) batches.get(1)[0]).longValue(),
                            ((Number) batches.get(1)[1]).longValue(),
                            ((Number) batches.get(1)[2]).longValue(),
                            ((Number) batches.get(1)[3]).longValue()));

            // piece-rate income: 100 × 6.50 and 90 × 6.50, in the balance and on the income page's lines
            Actor ningyuan = manager(chain.cooperativeId, "coop-ningyuan");
            Actor shuangwanManager = manager(sw.cooperativeId, "coop-shuangwan");
            assertEquals(
                    Money.parse("650.00"),
                    chain.tx(em -> ledger(chain, em).balanceOf(ningyuan, chain.trainedArtisanId)));
            assertEquals(
                    Money.parse("585.00"), chain.tx(em -> ledger(chain, em).balanceOf(shuangwanManager, sw.trainedId)));
            List<IncomeLedger.EntryLine> lines =
                    chain.tx(em -> ledger(chain, em).entries(shuangwanManager, sw.trainedId));
            assertEquals(1, lines.size());
            assertEquals(IncomeEntry.Kind.PIECE_RATE, lines.get(0).kind());
            assertEquals(order.number(), lines.get(0).orderNumber());
            assertEquals(90, lines.get(0).quantity());
            assertEquals(Money.parse("585.00"), lines.get(0).artisanShare());
            assertEquals(Money.ZERO, lines.get(0).sale(), "piecework sold nothing");
            assertEquals(checked.traceCode(), lines.get(0).traceCode());
            IncomeLedger.ArtisanIncome figures = chain
                    .tx(em -> ledger(chain, em).byArtisan(shuangwanManager))
                    .stream()
                    .filter(a -> a.artisanId() == sw.trainedId)
                    .findFirst()
                    .orElseThrow();
            assertEquals(Money.parse("585.00"), figures.earned());
            assertEquals(0, figures.piecesSold(), "made is not sold");
            // she can be paid from it
            chain.tx(em -> ledger(chain, em)
                    .pay(shuangwanManager, sw.trainedId, Money.parse("500.00"), LocalDate.of(2026, 11, 29), "现金"));
            assertEquals(
                    Money.parse("85.00"), chain.tx(em -> ledger(chain, em).balanceOf(shuangwanManager, sw.trainedId)));

            // the piece rates name broker li's work order but earn her no commission: her month has no line of them
            // (her commissions page had failed on their missing order)
            cn.longyuan.market.application.brokerage.Commissions.Ledger commission =
                    chain.tx(em -> new cn.longyuan.market.application.brokerage.Commissions(em, chain.clock)
                            .ledger(li, "broker-li", java.time.YearMonth.of(2026, 11)));
            assertEquals(0, commission.entries());
            assertEquals(0, commission.totalFen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyWomenTrainedInTheCraftCanBeGivenTheWork(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Shuangwan sw = shuangwan(chain);
            Actor li = broker(chain, "broker-li");
            WorkOrder order =
                    dispatch(chain, d -> d.open(li, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 50, DUE)));
            for (long untrained : List.of(chain.untrainedArtisanId, sw.untrainedId)) {
                RequestRefusedException refused = assertThrows(
                        RequestRefusedException.class,
                        () -> dispatch(
                                chain,
                                d -> d.assign(
                                        li,
                                        order.number(),
                                        new PieceworkDispatch.NewTask(untrained, null, 10, RATE, DUE))));
                assertEquals(Reason.NOT_TRAINED, refused.reason());
                assertEquals(
                        List.of("artisanId"),
                        refused.violations().stream().map(FieldViolation::field).toList());
            }
            assertEquals(0, count(chain, "work_task"));
            List<Long> candidates = dispatch(chain, d -> d.candidates(li, order.number())).stream()
                    .map(PieceworkDispatch.Candidate::artisanId)
                    .toList();
            assertTrue(
                    !candidates.contains(chain.untrainedArtisanId) && !candidates.contains(sw.untrainedId),
                    candidates.toString());
            // trained in paper-cutting is not trained in sachets: a paper-cutting work order refuses Guo
            WorkOrder paper = dispatch(
                    chain, d -> d.open(li, new PieceworkDispatch.NewWorkOrder(null, chain.paperCutId, 10, DUE)));
            assertEquals(
                    Reason.NOT_TRAINED,
                    reason(() -> dispatch(
                            chain,
                            d -> d.assign(
                                    li,
                                    paper.number(),
                                    new PieceworkDispatch.NewTask(sw.trainedId, null, 5, RATE, DUE)))));
            // bad fields are named
            assertEquals(
                    List.of("quantity", "dueOn", "pieceRate"),
                    fields(() -> dispatch(
                            chain,
                            d -> d.assign(
                                    li,
                                    order.number(),
                                    new PieceworkDispatch.NewTask(
                                            chain.trainedArtisanId, null, 0, Money.ZERO, LocalDate.of(2020, 1, 1))))));
            assertEquals(
                    List.of("productId"),
                    fields(() -> dispatch(
                            chain,
                            d -> d.assign(
                                    li,
                                    order.number(),
                                    new PieceworkDispatch.NewTask(sw.trainedId, chain.sachetId, 5, RATE, DUE)))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void overReturningIsRefusedAndLeavesStockAndIncomeAsTheyWere(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain.cooperativeId, "coop-ningyuan");
            WorkOrder order = dispatch(
                    chain, d -> d.open(manager, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 30, DUE)));
            WorkTask task = dispatch(
                    chain,
                    d -> d.assign(
                            manager,
                            order.number(),
                            new PieceworkDispatch.NewTask(chain.trainedArtisanId, null, 30, Money.parse("5.00"), DUE)));
            assertEquals(
                    Reason.INVALID_STATE,
                    reason(() -> dispatch(
                            chain, d -> d.recordReturn(manager, order.number(), task.id(), 10, 0, null, null))));
            dispatch(
                    chain,
                    d -> d.issueMaterials(manager, order.number(), task.id(), "红绸布", new BigDecimal("3.5"), "米"));
            dispatch(chain, d -> d.recordReturn(manager, order.number(), task.id(), 20, 0, null, chain.shopLocationId));
            assertEquals(20, onHand(chain, chain.sachetId, chain.shopLocationId));

            assertEquals(
                    List.of("accepted"),
                    fields(() -> dispatch(
                            chain, d -> d.recordReturn(manager, order.number(), task.id(), 8, 3, "破损", null))));
            assertEquals(20, onHand(chain, chain.sachetId, chain.shopLocationId));
            assertEquals(0, onHand(chain, chain.sachetId, chain.mainLocationId));
            assertEquals(1, count(chain, "production_batch"));
            assertEquals(1, count(chain, "income_entry"));
            assertEquals(1, count(chain, "work_return"));
            assertEquals(
                    Money.parse("100.00"),
                    chain.tx(em -> ledger(chain, em).balanceOf(manager, chain.trainedArtisanId)));
            assertEquals(
                    List.of("rejectReason"),
                    fields(() ->
                            dispatch(chain, d -> d.recordReturn(manager, order.number(), task.id(), 0, 2, "", null))));

            dispatch(chain, d -> d.recordReturn(manager, order.number(), task.id(), 0, 10, "颜色不对", null));
            PieceworkDispatch.TaskView done =
                    dispatch(chain, d -> d.get(manager, order.number())).tasks().get(0);
            assertEquals(TaskStatus.RETURNED, done.status());
            assertEquals(1, count(chain, "production_batch"), "rejected pieces make no batch");
            assertEquals(
                    Reason.INVALID_STATE,
                    reason(() -> dispatch(chain, d -> d.cancel(manager, order.number(), task.id(), "迟了"))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void brokersAndManagersOpenWorkOrdersForProductsOnSaleAndATaskIsDueWithItsWorkOrderElseInTwoWeeks(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Shuangwan sw = shuangwan(chain);
            long draftId = chain.tx(em -> {
                Product draft = new Product(
                        em.find(Cooperative.class, chain.cooperativeId),
                        em.find(Craft.class, "sachet"),
                        new BilingualText("未上架香包", "Unlisted sachet"),
                        new BilingualText("还没上架", "Not listed yet"),
                        Money.parse("30.00"),
                        null,
                        chain.clock.instant());
                em.persist(draft);
                em.flush();
                return draft.id();
            });
            Actor li = broker(chain, "broker-li");
            Actor ningyuan = manager(chain.cooperativeId, "coop-ningyuan");
            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);

            // newest first (all made at the same instant: the last made first); a product not on sale is offered to
            // nobody
            List<PieceworkDispatch.ProductChoice> brokers = dispatch(chain, d -> d.productsToOpen(li));
            assertEquals(
                    newestFirst(sw.sachetId, chain.paperCutId, chain.sachetId),
                    brokers.stream().map(PieceworkDispatch.ProductChoice::id).toList());
            assertEquals("双湾镇妇女手工合作社", brokers.get(0).cooperativeName().zh());
            assertEquals(
                    newestFirst(chain.paperCutId, chain.sachetId),
                    dispatch(chain, d -> d.productsToOpen(ningyuan)).stream()
                            .map(PieceworkDispatch.ProductChoice::id)
                            .toList());
            assertEquals(List.of(), dispatch(chain, d -> d.productsToOpen(federation)));
            assertEquals(true, dispatch(chain, d -> d.mayOpen(li) && d.mayOpen(ningyuan)));
            assertEquals(false, dispatch(chain, d -> d.mayOpen(federation)));
            assertEquals(
                    List.of(true, false),
                    dispatch(chain, d -> List.of(d.opensFromQuotes(li), d.opensFromQuotes(ningyuan))));
            assertEquals(
                    Reason.FORBIDDEN,
                    reason(() -> dispatch(
                            chain,
                            d -> d.open(
                                    federation, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 5, DUE)))));
            assertTrue(
                    brokers.stream().noneMatch(p -> p.id() == draftId), "a product not on sale is offered to nobody");

            WorkOrder undated = dispatch(
                    chain, d -> d.open(ningyuan, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 5, null)));
            WorkOrder dated = dispatch(
                    chain, d -> d.open(ningyuan, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 5, DUE)));
            // the chain's clock is 29 November 2026 in China
            assertEquals(
                    LocalDate.of(2026, 12, 13),
                    dispatch(chain, d -> d.suggestedTaskDue(d.get(ningyuan, undated.number()))));
            assertEquals(DUE, dispatch(chain, d -> d.suggestedTaskDue(d.get(ningyuan, dated.number()))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBrokerSeesHerDispatchesAndAManagerOnlyHerMembersTasks(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Shuangwan sw = shuangwan(chain);
            Actor li = broker(chain, "broker-li");
            Actor zhao = broker(chain, "broker-zhao");
            Actor ningyuan = manager(chain.cooperativeId, "coop-ningyuan");
            Actor shuangwanManager = manager(sw.cooperativeId, "coop-shuangwan");
            Actor stranger = manager(sw.cooperativeId + 1000, "coop-elsewhere");
            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);
            WorkOrder order = dispatch(
                    chain, d -> d.open(li, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 100, DUE)));
            WorkTask ours = dispatch(
                    chain,
                    d -> d.assign(
                            li,
                            order.number(),
                            new PieceworkDispatch.NewTask(chain.trainedArtisanId, null, 50, RATE, DUE)));
            WorkTask theirs = dispatch(
                    chain,
                    d -> d.assign(
                            li, order.number(), new PieceworkDispatch.NewTask(sw.trainedId, null, 50, RATE, DUE)));
            WorkOrder own = dispatch(
                    chain,
                    d -> d.open(shuangwanManager, new PieceworkDispatch.NewWorkOrder(null, sw.sachetId, 5, DUE)));

            assertEquals(
                    List.of(order.number()),
                    dispatch(chain, d -> d.list(li)).stream()
                            .map(PieceworkDispatch.WorkOrderView::number)
                            .toList());
            assertEquals(List.of(), dispatch(chain, d -> d.list(zhao)));
            assertEquals(Reason.NOT_FOUND, reason(() -> dispatch(chain, d -> d.get(zhao, order.number()))));
            assertEquals(
                    Reason.NOT_FOUND,
                    reason(() -> dispatch(
                            chain, d -> d.issueMaterials(zhao, order.number(), ours.id(), "线", BigDecimal.ONE, "卷"))));
            assertEquals(Reason.NOT_FOUND, reason(() -> dispatch(chain, d -> d.get(li, own.number()))));

            // each manager sees the broker's work order with her own members' task only
            assertEquals(
                    List.of(ours.id()),
                    dispatch(chain, d -> d.get(ningyuan, order.number())).tasks().stream()
                            .map(PieceworkDispatch.TaskView::id)
                            .toList());
            assertEquals(
                    List.of(theirs.id()),
                    dispatch(chain, d -> d.get(shuangwanManager, order.number())).tasks().stream()
                            .map(PieceworkDispatch.TaskView::id)
                            .toList());
            assertEquals(
                    List.of(own.number(), order.number()),
                    dispatch(chain, d -> d.list(shuangwanManager)).stream()
                            .map(PieceworkDispatch.WorkOrderView::number)
                            .toList());
            assertEquals(
                    Reason.NOT_FOUND,
                    reason(() -> dispatch(
                            chain,
                            d -> d.issueMaterials(ningyuan, order.number(), theirs.id(), "线", BigDecimal.ONE, "卷"))));
            assertEquals(Reason.NOT_FOUND, reason(() -> dispatch(chain, d -> d.get(ningyuan, own.number()))));
            assertEquals(Reason.NOT_FOUND, reason(() -> dispatch(chain, d -> d.get(stranger, order.number()))));
            // a manager gives work to her own members only, and opens work orders for her own products only
            assertEquals(
                    Reason.NOT_FOUND,
                    reason(() -> dispatch(
                            chain,
                            d -> d.assign(
                                    ningyuan,
                                    order.number(),
                                    new PieceworkDispatch.NewTask(sw.trainedId, null, 1, RATE, DUE)))));
            assertEquals(
                    Reason.NOT_FOUND,
                    reason(() -> dispatch(
                            chain,
                            d -> d.open(ningyuan, new PieceworkDispatch.NewWorkOrder(null, sw.sachetId, 5, DUE)))));
            // federation staff read everything and change nothing
            assertEquals(
                    2,
                    dispatch(chain, d -> d.get(federation, order.number()))
                            .tasks()
                            .size());
            assertEquals(2, dispatch(chain, d -> d.list(federation)).size());
            assertEquals(
                    Reason.FORBIDDEN,
                    reason(() -> dispatch(chain, d -> d.cancel(federation, order.number(), ours.id(), "x"))));
            // the manager of the artisan may cancel her task
            assertEquals(
                    TaskStatus.CANCELLED,
                    dispatch(chain, d -> d.cancel(shuangwanManager, order.number(), theirs.id(), "农忙"))
                            .status());
            assertEquals(50, dispatch(chain, d -> d.get(li, order.number())).toDispatch());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sellingPieceworkPiecesGivesTheArtisanNoSecondShare(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain.cooperativeId, "coop-ningyuan");
            WorkOrder order = dispatch(
                    chain, d -> d.open(manager, new PieceworkDispatch.NewWorkOrder(null, chain.sachetId, 10, DUE)));
            WorkTask task = dispatch(
                    chain,
                    d -> d.assign(
                            manager,
                            order.number(),
                            new PieceworkDispatch.NewTask(chain.trainedArtisanId, null, 10, Money.parse("5.00"), DUE)));
            dispatch(chain, d -> d.issueMaterials(manager, order.number(), task.id(), "丝线", BigDecimal.ONE, "卷"));
            dispatch(chain, d -> d.recordReturn(manager, order.number(), task.id(), 10, 0, null, null));
            String number = chain.placement()
                    .place(
                            Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, 2)),
                            "k" + System.nanoTime(),
                            "h")
                    .order()
                    .number();
            long orderId = chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", number)
                    .getSingleResult()
                    .id());
            List<IncomeEntry> sold = chain.tx(
                    em -> ledger(chain, em).recordSale(orderId, chain.sachetId, chain.mainLocationId, 2, "test"));
            assertEquals(1, sold.size());
            assertEquals(Long.valueOf(chain.trainedArtisanId), sold.get(0).artisanId(), "the pieces are still hers");
            assertEquals(Money.ZERO, sold.get(0).split().artisan());
            assertEquals(Money.parse("136.00"), sold.get(0).split().cooperative());
            assertEquals(
                    Money.parse("50.00"), chain.tx(em -> ledger(chain, em).balanceOf(manager, chain.trainedArtisanId)));
        }
    }
}
