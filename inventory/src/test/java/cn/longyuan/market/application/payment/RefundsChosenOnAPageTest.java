package cn.longyuan.market.application.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Refunds as the back office's page makes them: pieces chosen line by line, each line back to stock or written
 * off, a reason always given; what is left to refund, and the refunds so far, as the page shows them.
 */
class RefundsChosenOnAPageTest {

    private static final long STOCK_PIECES = 6;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachLineGoesBackToStockOrIsWrittenOffAsChosenAndWhatIsLeftShrinks(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            String number = paidOfflineOrder(chain, manager, 3);
            Refunds.Outlook before = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertTrue(before.mayRefund(), "a paid order of her cooperative alone");
            assertEquals(3, before.lines().get(0).refundable());
            assertTrue(before.refunds().isEmpty());
            int onHandBefore = shop.onHand();

            Refunds.Done first = chain.tx(em -> shop.refunds(em)
                    .refundChosen(manager, number, List.of(new Refunds.Request(1, null, 1, true)), "one arrived torn"));
            Refunds.Done second = chain.tx(em -> shop.refunds(em)
                    .refundChosen(
                            manager, number, List.of(new Refunds.Request(1, null, 1, false)), "lost in the post"));

            assertEquals(onHandBefore + 1, shop.onHand(), "the restocked piece is back, the written-off one is not");
            assertTrue(first.refund().restock());
            assertFalse(second.refund().restock());
            Refunds.Outlook after = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertEquals(1, after.lines().get(0).refundable());
            assertEquals(2, after.lines().get(0).refunded());
            assertEquals(
                    List.of(1, 2), after.refunds().stream().map(Refund::seq).toList());
            assertEquals(
                    List.of(true, false),
                    after.refunds().stream()
                            .map(r -> r.pieces().get(0).restock())
                            .toList(),
                    "each line keeps its own choice");
            assertEquals("coop-ningyuan", after.refunds().get(0).actor());
            assertEquals(OrderStatus.PAID, shop.order(number).status(), "a piece is still not refunded");
            shop.assertLedgerMatchesLevels();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingChosenNoReasonOrMoreThanIsLeftIsRefusedNextToTheFieldAndChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            String number = paidOfflineOrder(chain, manager, 2);
            int onHand = shop.onHand();

            RequestRefusedException nothing = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em)
                            .refundChosen(manager, number, List.of(new Refunds.Request(1, null, 0, true)), " ")));
            assertEquals(Reason.VALIDATION, nothing.reason());
            assertEquals(
                    List.of("lines", "reason"),
                    nothing.violations().stream().map(v -> v.field()).toList());

            RequestRefusedException tooMany = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em)
                            .refundChosen(manager, number, List.of(new Refunds.Request(1, null, 3, true)), "torn")));
            assertEquals(
                    List.of("lines[0].quantity"),
                    tooMany.violations().stream().map(v -> v.field()).toList());
            assertTrue(
                    tooMany.violations().get(0).message().contains("2"),
                    tooMany.violations().get(0).message());

            assertEquals(onHand, shop.onHand());
            assertTrue(chain.tx(em -> shop.refunds(em).outlook(manager, number))
                    .refunds()
                    .isEmpty());
            assertEquals(0, shop.stripe.received().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherCooperativesOrderIsNotFoundAndAnUnpaidOneCannotBeRefunded(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            chain.produce(chain.sachetId, chain.mainLocationId, (int) STOCK_PIECES);
            String number = chain.placement()
                    .place(Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, 1)), "k-unpaid", "h")
                    .order()
                    .number();
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor other = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, chain.cooperativeId + 999);

            RequestRefusedException hidden = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em).outlook(other, number)));
            assertEquals(Reason.NOT_FOUND, hidden.reason());
            Refunds.Outlook unpaid = chain.tx(em -> shop.refunds(em).outlook(manager, number));
            assertFalse(unpaid.mayRefund());
            assertEquals(Reason.INVALID_STATE, unpaid.refusal().reason());
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> shop.refunds(em)
                            .refundChosen(manager, number, List.of(new Refunds.Request(1, null, 1, true)), "why")));
            assertEquals(Reason.INVALID_STATE, refused.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenStripeIsDownAChosenRefundChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            shop.chain.produce(shop.chain.sachetId, shop.chain.mainLocationId, 5);
            String number = shop.placeStripeOrder(2).order().number();
            shop.deliver("evt_1", "payment_intent.succeeded", number);
            shop.stripe.mode(FakeStripe.Mode.HANG);

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> shop.chain.tx(em -> shop.refunds(em)
                            .refundChosen(
                                    OnlineShop.FEDERATION,
                                    number,
                                    List.of(new Refunds.Request(1, null, 1, true)),
                                    "torn")));

            assertEquals(Reason.UNAVAILABLE, refused.reason());
            assertNotNull(refused.getMessage());
            assertEquals(3, shop.onHand());
            assertEquals(
                    0,
                    shop.chain
                            .tx(em -> shop.refunds(em).of(shop.order(number).id()))
                            .size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onAnOrderSharedWithAnotherCooperativeAManagerSeesHerLinesOnlyAndNotItsRefunds(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            chain.produce(chain.sachetId, chain.mainLocationId, (int) STOCK_PIECES);
            long othersProduct = secondCooperativeWithStock(chain);
            var placed = chain.placement()
                    .place(
                            Chain.order(
                                    PaymentMethod.BANK_TRANSFER,
                                    Chain.line(chain.sachetId, 1),
                                    Chain.line(othersProduct, 2)),
                            "k-shared",
                            "h")
                    .order();
            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> chain.backOffice(em)
                    .paymentReceived(
                            federation,
                            placed.number(),
                            placed.total(),
                            PaymentMethod.BANK_TRANSFER,
                            LocalDate.of(2026, 11, 29)));
            chain.tx(em -> shop.refunds(em)
                    .refundChosen(
                            federation,
                            placed.number(),
                            List.of(new Refunds.Request(2, null, 1, true)),
                            "one of the other cooperative's pieces was torn"));

            Refunds.Outlook hers = chain.tx(em -> shop.refunds(em).outlook(manager, placed.number()));
            assertEquals(
                    List.of(chain.sachetId),
                    hers.lines().stream().map(l -> l.line().productId()).toList(),
                    "her own line only");
            assertTrue(hers.refunds().isEmpty(), "the other cooperative's refund is not hers to read");
            assertFalse(hers.mayRefund(), "a shared order is refunded by federation staff");
            Refunds.Outlook all = chain.tx(em -> shop.refunds(em).outlook(federation, placed.number()));
            assertEquals(2, all.lines().size());
            assertEquals(1, all.refunds().size());
            assertEquals(1, all.lines().get(1).refunded());
        }
    }

    /** A second cooperative with a trained artisan and two pieces of a sachet of hers in stock; answers the product. */
    private static long secondCooperativeWithStock(Chain chain) {
        long[] ids = chain.tx(em -> {
            Cooperative coop = new Cooperative(
                    new BilingualText("双湾镇巧姐妹合作社", "Shuangwan Sisters Cooperative"),
                    "双湾镇",
                    new BilingualText("八位姐妹", "Eight women"));
            em.persist(coop);
            Location main = new Location(coop, new BilingualText("双湾工坊", "Shuangwan workshop"), "双湾镇", true);
            em.persist(main);
            Artisan artisan = new Artisan(coop, "双湾巧手");
            em.persist(artisan);
            TrainingCourse course = em.createQuery(
                            "select c from TrainingCourse c where c.craft.code = 'sachet'", TrainingCourse.class)
                    .getResultList()
                    .getFirst();
            Enrollment enrollment = new Enrollment(course, artisan, LocalDate.of(2026, 2, 20));
            enrollment.complete(LocalDate.of(2026, 3, 10), SkillLevel.INTERMEDIATE);
            em.persist(enrollment);
            Product product = new Product(
                    coop,
                    em.find(Craft.class, "sachet"),
                    new BilingualText("葫芦香包", "Gourd sachet"),
                    new BilingualText("双湾的香包", "A Shuangwan sachet"),
                    Money.parse("42.00"),
                    null,
                    chain.clock.instant());
            product.publish();
            em.persist(product);
            em.flush();
            return new long[] {product.id(), artisan.id(), main.id()};
        });
        chain.tx(em -> chain.production(em)
                .record(
                        new ProductionService.RecordBatch(ids[0], ids[1], 2, LocalDate.of(2026, 11, 20), ids[2]),
                        null,
                        "test"));
        return ids[0];
    }

    private static String paidOfflineOrder(Chain chain, Actor manager, int sachets) {
        chain.produce(chain.sachetId, chain.mainLocationId, (int) STOCK_PIECES);
        var placed = chain.placement()
                .place(
                        Chain.order(PaymentMethod.BANK_TRANSFER, Chain.line(chain.sachetId, sachets)),
                        "k-" + System.nanoTime(),
                        "h")
                .order();
        chain.tx(em -> chain.backOffice(em)
                .paymentReceived(
                        manager,
                        placed.number(),
                        placed.total(),
                        PaymentMethod.BANK_TRANSFER,
                        LocalDate.of(2026, 11, 29)));
        return placed.number();
    }
}
