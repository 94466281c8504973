package cn.longyuan.market.application.income;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import cn.longyuan.market.infrastructure.pdf.OpenPdfPrinter;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** From a paid or shipped order to the artisan's income; cancelling, returns and payouts, with the ledgers. */
class FulfilmentAndIncomeTest {

    /** The services of one transaction, wired as the container wires them: every sale is heard by the income ledger. */
    record Services(StockService stock, IncomeLedger income, BackOfficeOrders orders, OrderFulfilment fulfilment) {
        static Services in(Chain chain, EntityManager em) {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = chain.stock(em, income);
            return new Services(
                    stock,
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

    private static String place(Chain chain, PaymentMethod method, long productId, int quantity) {
        return chain.placement()
                .place(order(method, line(productId, quantity)), "k" + System.nanoTime(), "h")
                .order()
                .number();
    }

    private static LocalDate today() {
        return LocalDate.of(2026, 11, 29);
    }

    private static List<IncomeEntry> entries(Chain chain) {
        return chain.tx(em -> em.createQuery("select e from IncomeEntry e order by e.id", IncomeEntry.class)
                .getResultList());
    }

    private static List<Long> batches(Chain chain) {
        return chain.tx(em -> em.createQuery("select b.id from ProductionBatch b order by b.id", Long.class)
                .getResultList());
    }

    private static void assertLevelsEqualLedger(Chain chain) {
        assertEquals(
                Set.copyOf(chain.tx(em -> chain.stock(em).levelsFromLedger()).stream()
                        .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                        .toList()),
                Set.copyOf(chain.tx(em -> chain.stock(em).allLevels())));
    }

    /** Each batch's count of attributed pieces is what its income entries say (sales less restocked returns). */
    private static void assertAttributedAgreesWithIncome(Chain chain) {
        List<?> off = chain.tx(
                em -> em.createNativeQuery("select b.id, b.attributed, coalesce((select sum(case when e.kind = 'SALE' "
                                + "then e.quantity when e.restocked then -e.quantity else 0 end) from income_entry e where e.batch_id = b.id), 0) "
                                + "from production_batch b")
                        .getResultList());
        for (Object row : off) {
            Object[] r = (Object[]) row;
            assertEquals(((Number) r[2]).intValue(), ((Number) r[1]).intValue(), "attributed pieces of batch " + r[0]);
        }
        assertFalse(off.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aConfirmedBankTransferTracesEachPieceToItsBatchFirstInFirstOutAndSplitsItsPrice(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            List<Long> batchIds = batches(chain);
            String number = place(chain, PaymentMethod.BANK_TRANSFER, chain.sachetId, 3);
            assertTrue(entries(chain).isEmpty(), "nothing is earned before the money is in");

            with(
                    chain,
                    s -> s.orders()
                            .paymentReceived(
                                    new Actor(9, "federation", Role.FEDERATION, null),
                                    number,
                                    Money.parse("204.00")
                                            .plus(chain.tx(em -> orderOf(em, number))
                                                    .deliveryFee()),
                                    PaymentMethod.BANK_TRANSFER,
                                    today()));

            List<IncomeEntry> sold = entries(chain);
            assertEquals(2, sold.size());
            assertEquals(batchIds.get(0), sold.get(0).batchId());
            assertEquals(2, sold.get(0).quantity());
            assertEquals(batchIds.get(1), sold.get(1).batchId());
            assertEquals(1, sold.get(1).quantity());
            assertEquals(Long.valueOf(chain.trainedArtisanId), sold.get(0).artisanId());
            // 68.00 × 2 = 136.00: 70 % to her, no broker, the cooperative the rest
            assertEquals(Money.parse("95.20"), sold.get(0).split().artisan());
            assertEquals(Money.parse("40.80"), sold.get(0).split().cooperative());
            assertEquals(Money.ZERO, sold.get(0).split().broker());
            long saleFen = sold.stream().mapToLong(IncomeEntry::signedSaleFen).sum();
            assertEquals(20400, saleFen);
            Money balance = with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId));
            assertEquals(Money.parse("142.80"), balance);
            assertAttributedAgreesWithIncome(chain);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cashOnDeliveryEarnsWhenItsPartShipsAndTheCooperativesRuleApplies(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.paperCutId, chain.mainLocationId, 4);
            with(chain, s -> {
                s.income().setRule(manager(chain), chain.paperCutId, new SplitRule(3333, 0));
                return null;
            });
            String number = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.paperCutId, 3);
            with(chain, s -> s.fulfilment().pack(manager(chain), number));
            assertTrue(entries(chain).isEmpty());
            with(chain, s -> s.orders().ship(manager(chain), number, "中国邮政 EMS", "EA123456789CN"));

            List<IncomeEntry> sold = entries(chain);
            assertEquals(1, sold.size());
            // 25.50 × 3 = 76.50; 33.33 % = 25.497… → 25.49 to her, 51.01 to the cooperative
            assertEquals(Money.parse("25.49"), sold.get(0).split().artisan());
            assertEquals(Money.parse("51.01"), sold.get(0).split().cooperative());
            CustomerOrder order = chain.tx(em -> {
                CustomerOrder o = orderOf(em, number);
                o.history().size();
                return o;
            });
            assertEquals(
                    List.of("CONFIRMED", "PACKED", "SHIPPED", "SHIPPED"),
                    order.history().stream().map(h -> h.toStatus()).toList());
            assertEquals("coop-ningyuan", order.history().get(1).actor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCooperativeWideRuleIsSavedChangedAndAppliedToAProductWithoutItsOwn(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.paperCutId, chain.mainLocationId, 4);
            // saved twice: the second changes the first (the page's save failed on a parameter its query lacked)
            with(chain, s -> {
                s.income().setRule(manager(chain), null, new SplitRule(5000, 0));
                return null;
            });
            with(chain, s -> {
                s.income().setRule(manager(chain), null, new SplitRule(6000, 0));
                return null;
            });
            Number rules = chain.tx(
                    em -> (Number) em.createNativeQuery("select count(*) from income_rule where product_id is null")
                            .getSingleResult());
            assertEquals(1, rules.intValue());
            String number = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.paperCutId, 2);
            with(chain, s -> s.orders().ship(manager(chain), number, "中国邮政 EMS", "EA123456780CN"));

            List<IncomeEntry> sold = entries(chain);
            // 25.50 × 2 = 51.00; 60 % = 30.60 to her
            assertEquals(Money.parse("30.60"), sold.get(0).split().artisan());
            assertEquals(Money.parse("20.40"), sold.get(0).split().cooperative());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRuleTypedInPercentIsSavedAndAWrongShareIsRefusedNextToItsField(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            assertEquals(SplitRule.DEFAULT, with(chain, s -> s.income().cooperativeRule(manager)));
            with(chain, s -> {
                s.income().setRule(manager, null, new BigDecimal("60.50"), new BigDecimal("4.5"));
                return null;
            });
            SplitRule saved = with(chain, s -> s.income().cooperativeRule(manager));
            assertEquals(new SplitRule(6050, 450), saved);
            assertEquals(new BigDecimal("60.50"), saved.artisanPercent());

            record Wrong(String artisan, String broker, String field, String message) {}
            for (Wrong wrong : List.of(
                    new Wrong("33.333", "5", "artisanPercent", "must be from 0 to 100 with at most two decimals"),
                    new Wrong(null, "5", "artisanPercent", "must be from 0 to 100 with at most two decimals"),
                    new Wrong("70", "-1", "brokerPercent", "must be from 0 to 100 with at most two decimals"),
                    new Wrong("70", "100.01", "brokerPercent", "must be from 0 to 100 with at most two decimals"),
                    new Wrong("96", "5", "artisanPercent", "at most 100 together"))) {
                RequestRefusedException refused = assertThrows(
                        RequestRefusedException.class,
                        () -> with(chain, s -> {
                            s.income()
                                    .setRule(
                                            manager,
                                            null,
                                            wrong.artisan() == null ? null : new BigDecimal(wrong.artisan()),
                                            new BigDecimal(wrong.broker()));
                            return null;
                        }),
                        wrong.toString());
                assertEquals(RequestRefusedException.Reason.VALIDATION, refused.reason(), wrong.toString());
                assertEquals(wrong.field(), refused.violations().get(0).field(), wrong.toString());
                assertEquals(wrong.message(), refused.violations().get(0).message(), wrong.toString());
            }
            assertEquals(saved, with(chain, s -> s.income().cooperativeRule(manager)), "a refused rule changes none");

            Actor federation = new Actor(2, "federation", Role.FEDERATION, null);
            assertEquals(true, with(chain, s -> s.income().mayRecord(manager)));
            assertEquals(false, with(chain, s -> s.income().mayRecord(federation)));
            assertEquals(
                    RequestRefusedException.Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> {
                                        s.income().setRule(federation, null, BigDecimal.TEN, BigDecimal.ONE);
                                        return null;
                                    }))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPayoutCannotExceedTheBalance(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            String number = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId, 1);
            with(chain, s -> s.orders().ship(manager(chain), number, "顺丰", "SF1"));
            Actor manager = manager(chain);
            assertEquals(Money.parse("47.60"), with(chain, s -> s.income().balanceOf(manager, chain.trainedArtisanId)));

            RequestRefusedException tooMuch = assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.income().pay(manager, chain.trainedArtisanId, Money.parse("47.61"), today(), "现金")));
            assertEquals("amount", tooMuch.violations().get(0).field());
            with(chain, s -> s.income().pay(manager, chain.trainedArtisanId, Money.parse("40.00"), today(), "现金"));
            assertEquals(Money.parse("7.60"), with(chain, s -> s.income().balanceOf(manager, chain.trainedArtisanId)));
            assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.income().pay(manager, chain.trainedArtisanId, Money.parse("7.61"), today(), null)));
            assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.income()
                                    .pay(
                                            manager,
                                            chain.trainedArtisanId,
                                            Money.parse("1.00"),
                                            today().plusDays(5),
                                            null)));

            IncomeLedger.Statement statement =
                    with(chain, s -> s.income().statement(manager, chain.trainedArtisanId, YearMonth.of(2026, 11)));
            assertEquals(4760, statement.earnedFen());
            assertEquals(Money.parse("40.00"), statement.paid());
            assertEquals(Money.parse("7.60"), statement.closing());
            byte[] pdf = with(chain, s -> new OpenPdfPrinter().print(IncomeStatementPdf.document(statement)));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            keepForAPerson("income-statement-" + database + ".pdf", pdf);

            // another cooperative's manager does not see her
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
                                    () -> with(
                                            chain,
                                            s -> s.income()
                                                    .pay(
                                                            stranger,
                                                            chain.trainedArtisanId,
                                                            Money.parse("1.00"),
                                                            today(),
                                                            null)))
                            .reason());
            assertTrue(with(chain, s -> s.income().byArtisan(stranger)).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancellingAnUnpaidPartReleasesItsStockAndCancelsTheOrder(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            String number = place(chain, PaymentMethod.BANK_TRANSFER, chain.sachetId, 2);
            assertEquals(1, available(chain, chain.sachetId));
            assertEquals(
                    RequestRefusedException.Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.fulfilment().pack(manager(chain), number)))
                            .reason());
            assertEquals(
                    "reason",
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.fulfilment().cancel(manager(chain), number, " ")))
                            .violations()
                            .get(0)
                            .field());

            with(chain, s -> s.fulfilment().cancel(manager(chain), number, "买家电话取消"));

            assertEquals(3, available(chain, chain.sachetId));
            CustomerOrder order = chain.tx(em -> orderOf(em, number));
            assertEquals(OrderStatus.CANCELLED, order.status());
            assertEquals(PartStatus.CANCELLED, order.parts().get(0).status());
            assertLevelsEqualLedger(chain);
            assertTrue(entries(chain).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancellingAPaidPartPutsItsPiecesBackAndReversesTheirIncome(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            String number = place(chain, PaymentMethod.BANK_TRANSFER, chain.sachetId, 2);
            Money total = chain.tx(em -> orderOf(em, number)).total();
            with(
                    chain,
                    s -> s.orders()
                            .paymentReceived(manager(chain), number, total, PaymentMethod.BANK_TRANSFER, today()));
            assertEquals(0, available(chain, chain.sachetId));

            with(chain, s -> s.fulfilment().cancel(manager(chain), number, "缺货无法发出"));

            assertEquals(2, available(chain, chain.sachetId));
            assertEquals(Money.ZERO, with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId)));
            assertEquals(
                    OrderStatus.CANCELLED, chain.tx(em -> orderOf(em, number)).status());
            assertLevelsEqualLedger(chain);
            // the pieces are the batch's again: the next sale is traced to it
            String next = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId, 2);
            with(chain, s -> s.orders().ship(manager(chain), next, "EMS", "E2"));
            assertEquals(
                    Money.parse("95.20"),
                    with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId)));
            assertAttributedAgreesWithIncome(chain);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void returnsAreRestockedOrWrittenOffInTheLedgerAndTakeTheirIncomeBack(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            String number = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId, 3);
            assertEquals(
                    RequestRefusedException.Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.fulfilment()
                                                    .returnPieces(
                                                            manager(chain),
                                                            number,
                                                            chain.sachetId,
                                                            1,
                                                            OrderReturn.Disposition.RESTOCK,
                                                            "x")))
                            .reason());
            with(chain, s -> s.orders().ship(manager(chain), number, "EMS", "E1"));
            assertEquals(
                    Money.parse("142.80"),
                    with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId)));

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
            assertEquals(1, available(chain, chain.sachetId));
            assertEquals(
                    Money.parse("95.20"),
                    with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId)));
            assertEquals(
                    PartStatus.SHIPPED,
                    chain.tx(em -> orderOf(em, number)).parts().get(0).status());

            assertEquals(
                    "quantity",
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.fulfilment()
                                                    .returnPieces(
                                                            manager(chain),
                                                            number,
                                                            chain.sachetId,
                                                            3,
                                                            OrderReturn.Disposition.WRITE_OFF,
                                                            "坏了")))
                            .violations()
                            .get(0)
                            .field());
            with(
                    chain,
                    s -> s.fulfilment()
                            .returnPieces(
                                    manager(chain),
                                    number,
                                    chain.sachetId,
                                    2,
                                    OrderReturn.Disposition.WRITE_OFF,
                                    "运输中损坏"));
            assertEquals(1, available(chain, chain.sachetId), "written-off pieces are not for sale");
            assertEquals(Money.ZERO, with(chain, s -> s.income().balanceOf(manager(chain), chain.trainedArtisanId)));
            assertEquals(
                    PartStatus.RETURNED,
                    chain.tx(em -> orderOf(em, number)).parts().get(0).status());
            assertLevelsEqualLedger(chain);

            List<StockMovement> ledger = chain.tx(em -> em.createQuery(
                            "select m from StockMovement m where m.kind in "
                                    + "(cn.longyuan.market.domain.model.stock.MovementKind.RETURNED, cn.longyuan.market.domain.model.stock.MovementKind.ADJUSTED) order by m.id",
                            StockMovement.class)
                    .getResultList());
            assertEquals(
                    List.of(MovementKind.RETURNED, MovementKind.RETURNED, MovementKind.ADJUSTED),
                    ledger.stream().map(StockMovement::kind).toList());
            assertEquals(
                    List.of(1, 2, -2),
                    ledger.stream().map(StockMovement::onHandDelta).toList());
            assertTrue(
                    ledger.get(2).reason().startsWith("written off"),
                    ledger.get(2).reason());
            assertEquals(
                    2,
                    with(chain, s -> s.fulfilment().returns(manager(chain), number))
                            .size());
            // the restocked piece is sold again from its batch; the written-off ones are gone from it
            String again = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId, 1);
            with(chain, s -> s.orders().ship(manager(chain), again, "EMS", "E3"));
            IncomeEntry last = entries(chain).getLast();
            assertEquals(batches(chain).get(0), last.batchId());
            assertAttributedAgreesWithIncome(chain);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePickListAndPackingSlipShowWhereThePiecesAre(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            chain.produce(chain.sachetId, chain.shopLocationId, 2);
            String number = place(chain, PaymentMethod.CASH_ON_DELIVERY, chain.sachetId, 3);
            List<OrderFulfilment.PickLine> pick =
                    with(chain, s -> s.fulfilment().pickList(manager(chain), number));
            assertEquals(2, pick.size());
            assertEquals(
                    Set.of(chain.mainLocationId, chain.shopLocationId),
                    Set.of(pick.get(0).locationId(), pick.get(1).locationId()));
            assertEquals(
                    3,
                    pick.stream().mapToInt(OrderFulfilment.PickLine::quantity).sum());
            byte[] slip = with(chain, s -> s.fulfilment().packingSlip(manager(chain), number));
            assertEquals("%PDF", new String(slip, 0, 4, StandardCharsets.US_ASCII));
            keepForAPerson("packing-slip-" + database + ".pdf", slip);
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
                                    () -> with(chain, s -> s.fulfilment().packingSlip(stranger, number)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.fulfilment().cancel(stranger, number, "x")))
                            .reason());
            assertEquals(
                    0,
                    with(chain, s -> s.fulfilment().parts(stranger, null, null, true, 0, 10))
                            .total());
            assertEquals(
                    1,
                    with(chain, s -> s.fulfilment().parts(manager(chain), PartStatus.PENDING, null, true, 0, 10))
                            .total());
        }
    }

    /** Keeps a document under target/documents for a person to look at (pdftoppm turns it into pictures). */
    private static void keepForAPerson(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir =
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
            java.nio.file.Files.write(dir.resolve(name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int available(Chain chain, long productId) {
        return chain.tx(em -> chain.stock(em).levelsOf(productId)).stream()
                .mapToInt(StockLevel::available)
                .sum();
    }

    private static CustomerOrder orderOf(EntityManager em, String number) {
        CustomerOrder order = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getSingleResult();
        order.parts().size();
        return order;
    }
}
