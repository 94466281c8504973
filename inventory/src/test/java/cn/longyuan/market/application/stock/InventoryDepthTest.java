package cn.longyuan.market.application.stock;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.production.BatchCorrections;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 17's inventory depth: places added and retired, the ledger's running balance, batches corrected or voided, low-stock notices. */
class InventoryDepthTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension SMTP =
            new com.icegreen.greenmail.junit5.GreenMailExtension(
                    com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());

    record Services(
            StockService stock,
            StockOperations operations,
            StockQueries queries,
            BatchCorrections batches,
            BackOfficeOrders orders) {
        static Services in(Chain chain, EntityManager em, List<StockService.LowStockCrossed> told) {
            IncomeLedger income = new IncomeLedger(em, chain.clock);
            StockService stock = new StockService(em, chain.clock, income::onSold, told::add);
            return new Services(
                    stock,
                    new StockOperations(em, stock),
                    new StockQueries(em, stock),
                    new BatchCorrections(em, stock, chain.clock),
                    new BackOfficeOrders(em, stock, chain.clock, chain.shipped));
        }
    }

    private static <T> T with(Chain chain, Function<Services, T> work) {
        return with(chain, new ArrayList<>(), work);
    }

    private static <T> T with(Chain chain, List<StockService.LowStockCrossed> told, Function<Services, T> work) {
        return chain.tx(em -> work.apply(Services.in(chain, em, told)));
    }

    private static Actor manager(Chain chain) {
        return new Actor(11, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    private static long otherCooperative(Chain chain) {
        return chain.tx(em -> {
            Cooperative other = new Cooperative(
                    new BilingualText("双湾镇合作社", "Shuangwan Cooperative"), "双湾镇", new BilingualText("故事", "Story"));
            em.persist(other);
            em.persist(new Location(other, new BilingualText("双湾工坊", "Shuangwan workshop"), null, true));
            em.flush();
            return other.id();
        });
    }

    private static long lastBatch(Chain chain) {
        return chain.tx(em -> ((Number) em.createNativeQuery("select max(id) from production_batch")
                        .getSingleResult())
                .longValue());
    }

    private static int number(Chain chain, String sql, long id) {
        return chain.tx(
                em -> ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).intValue());
    }

    private static int available(Chain chain, long productId) {
        return chain.tx(em -> chain.stock(em).levelsOf(productId)).stream()
                .mapToInt(StockLevel::available)
                .sum();
    }

    private static String shipCashOnDelivery(Chain chain, List<StockService.LowStockCrossed> told, int quantity) {
        String number = chain.placement()
                .place(
                        order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, quantity)),
                        "k" + System.nanoTime(),
                        "h")
                .order()
                .number();
        with(chain, told, s -> s.orders().ship(manager(chain), number, "EMS", "E" + number));
        return number;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlaceThatHoldsStockCannotBeRetiredARetiredOneIsNotOfferedAndStaysInTheHistory(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            long store = with(chain, s -> s.operations().addPlace(manager, "后山库房", null))
                    .id();
            assertTrue(with(chain, s -> s.operations().places(manager)).stream().anyMatch(p -> p.id() == store));
            chain.produce(chain.sachetId, store, 3);

            RequestRefusedException holding = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> s.operations().retirePlace(manager, store, chain.clock.instant())));
            assertEquals(Reason.INVALID_STATE, holding.reason());
            assertEquals(
                    "still holds 3 pieces: move them first",
                    holding.violations().get(0).message());

            with(chain, s -> {
                s.operations().transfer(manager, chain.sachetId, store, chain.mainLocationId, 3, "搬走");
                return null;
            });
            var retired = with(chain, s -> s.operations().retirePlace(manager, store, chain.clock.instant()));
            assertTrue(retired.retired());

            assertFalse(
                    with(chain, s -> s.operations().places(manager)).stream().anyMatch(p -> p.id() == store),
                    "not offered for new stock or moves");
            assertTrue(with(chain, s -> s.operations().allPlaces(manager)).stream()
                    .anyMatch(p -> p.id() == store && p.retired()));
            RequestRefusedException moveIn = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> {
                        s.operations().transfer(manager, chain.sachetId, chain.mainLocationId, store, 1, null);
                        return null;
                    }));
            assertEquals("toLocationId", moveIn.violations().get(0).field());
            RequestRefusedException produceThere =
                    assertThrows(RequestRefusedException.class, () -> chain.produce(chain.sachetId, store, 1));
            assertEquals("locationId", produceThere.violations().get(0).field());
            // its history is still read, with its rows' place
            var history = with(chain, s -> s.queries().ledgerPage(manager, chain.sachetId, store, 0, 10));
            assertEquals(2, history.total(), "produced there and moved away: its rows stay");
            assertEquals(
                    List.of(0, 3),
                    history.items().stream()
                            .map(StockQueries.LedgerRow::onHandAfter)
                            .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theMainPlaceAndAnotherCooperativesPlaceCannotBeRetired(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            RequestRefusedException main = assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.operations().retirePlace(manager, chain.mainLocationId, chain.clock.instant())));
            assertEquals(Reason.INVALID_STATE, main.reason());
            long other = otherCooperative(chain);
            Actor otherManager = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, other);
            RequestRefusedException notHers = assertThrows(
                    RequestRefusedException.class,
                    () -> with(
                            chain,
                            s -> s.operations()
                                    .retirePlace(otherManager, chain.shopLocationId, chain.clock.instant())));
            assertEquals(Reason.NOT_FOUND, notHers.reason());
            RequestRefusedException noName = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> s.operations().addPlace(manager, " ", "x")));
            assertEquals("nameZh", noName.violations().get(0).field());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLedgersRunningBalanceIsRightPerPlaceOnEveryPage(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 10); // main 10
            chain.produce(chain.sachetId, chain.shopLocationId, 4); // shop 4
            with(chain, s -> {
                s.operations().transfer(manager, chain.sachetId, chain.mainLocationId, chain.shopLocationId, 3, null);
                s.operations().adjust(manager, chain.sachetId, chain.mainLocationId, -2, "破损");
                return null;
            }); // main 10 → 7 → 5; shop 4 → 7
            chain.produce(chain.sachetId, chain.mainLocationId, 1); // main 6
            // newest first: main +1 (6), main −2 (5), shop +3 (7), main −3 (7), shop +4 (4), main +10 (10)
            List<Integer> expected = List.of(6, 5, 7, 7, 4, 10);
            List<Integer> paged = new ArrayList<>();
            for (int first = 0; first < 6; first += 4) {
                int from = first;
                var page = with(chain, s -> s.queries().ledgerPage(manager, chain.sachetId, null, from, 4));
                assertEquals(6, page.total());
                page.items().forEach(r -> paged.add(r.onHandAfter()));
            }
            assertEquals(expected, paged, "pages of 4: the second page's balances continue the first's");
            var mainOnly =
                    with(chain, s -> s.queries().ledgerPage(manager, chain.sachetId, chain.mainLocationId, 1, 2));
            assertEquals(4, mainOnly.total());
            assertEquals(
                    List.of(5, 7),
                    mainOnly.items().stream()
                            .map(StockQueries.LedgerRow::onHandAfter)
                            .toList());
            long other = otherCooperative(chain);
            Actor otherManager = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, other);
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(
                                            chain,
                                            s -> s.queries().ledgerPage(otherManager, chain.sachetId, null, 0, 10)))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWrongBatchIsCorrectedByACompensatingEntryAndNeverBelowWhatIsSold(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            long batch = lastBatch(chain);
            shipCashOnDelivery(chain, new ArrayList<>(), 4);

            RequestRefusedException belowSold = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> s.batches().correct(manager, batch, 3, "数错了")));
            assertEquals(Reason.INVALID_STATE, belowSold.reason());
            assertEquals(
                    "at least 4: 4 pieces of it are sold",
                    belowSold.violations().get(0).message());

            var corrected = with(chain, s -> s.batches().correct(manager, batch, 7, "实际只有七个"));
            assertEquals(10, corrected.recordedQuantity());
            assertEquals(7, corrected.quantity());
            assertEquals(4, corrected.sold());
            assertEquals(3, available(chain, chain.sachetId), "10 made, 4 sold, 3 out by the correction");
            var newest = with(chain, s -> s.queries().ledgerPage(manager, chain.sachetId, null, 0, 1))
                    .items()
                    .get(0);
            assertEquals(-3, newest.movement().onHandDelta());
            assertEquals(batch, newest.movement().batchId());
            assertEquals(
                    "correction of batch " + batch + ": 实际只有七个",
                    newest.movement().reason());
            assertEquals(
                    "BATCH_CORRECTED",
                    StockReasons.kind(
                            newest.movement().kind(), newest.movement().reason()));
            assertEquals(3, newest.onHandAfter());

            with(chain, s -> s.batches().correct(manager, batch, 9, "又找到两个"));
            assertEquals(5, available(chain, chain.sachetId));
            assertEquals(
                    chain.tx(em -> chain.stock(em).allLevels()),
                    chain.tx(em -> chain.stock(em).levelsFromLedger()).stream()
                            .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                            .toList(),
                    "levels equal the ledger");
            assertEquals(
                    Reason.VALIDATION,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.batches().correct(manager, batch, 8, " ")))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aVoidedBatchGivesUpItsUnsoldPiecesIsKeptAndIsOfferedForSaleNoMore(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long good = lastBatch(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 6);
            long wrong = lastBatch(chain);
            String code = chain.tx(
                    em -> (String) em.createNativeQuery("select trace_code from production_batch where id = ?1")
                            .setParameter(1, wrong)
                            .getSingleResult());

            // pieces held for an order cannot leave: only 11 − 8 = 3 are free, the void needs 6
            String held = chain.placement()
                    .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 8)), "held", "h")
                    .order()
                    .number();
            RequestRefusedException busy = assertThrows(
                    RequestRefusedException.class,
                    () -> with(chain, s -> s.batches().voidBatch(manager, wrong, "记错了")));
            assertEquals(Reason.INVALID_STATE, busy.reason());
            assertEquals(
                    "only 3 pieces free, 6 needed", busy.violations().get(0).message());
            long heldId = chain.tx(em -> ((Number) em.createNativeQuery("select id from orders where number = ?1")
                            .setParameter(1, held)
                            .getSingleResult())
                    .longValue());
            chain.tx(em -> {
                chain.stock(em).releaseAll(heldId, "test", "released");
                return null;
            });

            var voided = with(chain, s -> s.batches().voidBatch(manager, wrong, "记错了"));
            assertTrue(voided.voided());
            assertEquals(6, voided.recordedQuantity());
            assertEquals(0, voided.quantity());
            assertEquals(5, available(chain, chain.sachetId));
            assertEquals(
                    1,
                    number(chain, "select count(*) from production_batch where id = ?1", wrong),
                    "kept, never deleted");
            var trace = chain.tx(em -> chain.catalog(em).trace(code)).orElseThrow();
            assertTrue(trace.voided(), "its trace page offers no piece of it");
            String goodCode = chain.tx(
                    em -> (String) em.createNativeQuery("select trace_code from production_batch where id = ?1")
                            .setParameter(1, good)
                            .getSingleResult());
            assertFalse(chain.tx(em -> chain.catalog(em).trace(goodCode))
                    .orElseThrow()
                    .voided());
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.batches().voidBatch(manager, wrong, "again")))
                            .reason());
            // the sales that follow are traced to the good batch only
            shipCashOnDelivery(chain, new ArrayList<>(), 5);
            assertEquals(0, number(chain, "select attributed from production_batch where id = ?1", wrong));
            assertEquals(5, number(chain, "select attributed from production_batch where id = ?1", good));
            long other = otherCooperative(chain);
            Actor otherManager = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, other);
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> with(chain, s -> s.batches().voidBatch(otherManager, good, "不是我的")))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aProductFallingBelowItsThresholdIsToldOncePerCrossing(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = manager(chain);
            chain.tx(em -> {
                em.persist(new cn.longyuan.market.domain.model.cooperative.Account(
                        "coop-ningyuan",
                        "hash",
                        Role.COOP_MANAGER,
                        em.find(Cooperative.class, chain.cooperativeId),
                        "宁远经理",
                        chain.clock.instant()));
                return null;
            });
            chain.tx(em -> em.createNativeQuery(
                            "update account set email = 'manager@coop.example' where username = 'coop-ningyuan'")
                    .executeUpdate());
            chain.produce(chain.sachetId, chain.mainLocationId, 10);
            with(chain, s -> {
                s.operations().setLowStockThreshold(manager, chain.sachetId, 5);
                return null;
            });
            List<StockService.LowStockCrossed> told = new ArrayList<>();
            shipCashOnDelivery(chain, told, 3); // 7 left: above
            assertEquals(List.of(), told);
            shipCashOnDelivery(chain, told, 3); // 4 left: below
            assertEquals(1, told.size());
            assertEquals(4, told.get(0).available());
            assertEquals(List.of("manager@coop.example"), told.get(0).recipients());
            shipCashOnDelivery(chain, told, 1); // 3: still below, the same crossing
            with(chain, told, s -> {
                s.operations().adjust(manager, chain.sachetId, chain.mainLocationId, -1, "破损"); // a write-off, 2
                return null;
            });
            assertEquals(1, told.size(), "one mail per crossing, not per sale");
            chain.produce(chain.sachetId, chain.mainLocationId, 5); // 7: above again
            with(chain, told, s -> {
                s.operations().adjust(manager, chain.sachetId, chain.mainLocationId, -3, "报损"); // 4: crossed again
                return null;
            });
            assertEquals(2, told.size());
            // what the mailer sends after each crossing's commit, as an SMTP server receives it: two crossings, two
            // mails
            var mailer = new cn.longyuan.market.infrastructure.mail.Mailer(
                    new cn.longyuan.market.infrastructure.mail.Mailer.Settings(
                            java.util.Optional.of("localhost"),
                            SMTP.getSmtp().getPort(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            "stock@longyuan.example"));
            for (StockService.LowStockCrossed crossed : told) {
                for (var message : LowStockMail.messages(crossed, "https://market.example/")) {
                    mailer.send(message);
                }
            }
            var received = SMTP.getReceivedMessages();
            assertEquals(2, received.length);
            assertEquals("manager@coop.example", received[1].getAllRecipients()[0].toString());
            assertEquals("库存不足 Low stock: 端午香包", received[1].getSubject());
            String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[1]);
            String text = received[1].getContent().toString();
            assertTrue(text.contains("https://market.example/admin/stock.xhtml?product=" + chain.sachetId), body);
            assertTrue(text.contains("只剩 4 件可售"), text);
            assertTrue(text.contains("has only 4 pieces available"), text);
        }
    }
}
