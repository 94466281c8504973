package cn.longyuan.market.application.buyers;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.catalog.Favourites;
import cn.longyuan.market.application.catalog.Reviews;
import cn.longyuan.market.application.ordering.AddressBook;
import cn.longyuan.market.application.ordering.BuyerOrders;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.application.ordering.SavedCarts;
import cn.longyuan.market.application.security.AccountService;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.buyer.BuyerAddress;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.ChinaRegions;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Buyers' accounts, saved carts, address books, favourites, orders and reviews, on H2 and PostgreSQL. */
public class BuyerSideTest {

    private static final BuyerAddress.Details JINCHANG =
            new BuyerAddress.Details("王芳", "139 1234 5678", "甘肃省", "金昌市", "金川区", "北京路 18 号", "737100");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBuyerRegistersWithHerEmailAndLogsInWithItInAnyCase(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            BuyerAccounts.Buyer buyer = chain.tx(
                    em -> new BuyerAccounts(em, chain.clock).register(" Fang.Wang@Example.CN ", "王芳", "ten chars!"));

            assertEquals("fang.wang@example.cn", buyer.loginName());
            assertEquals("fang.wang@example.cn", buyer.email().orElseThrow());
            var actor = chain.tx(em -> new AccountService(em, chain.clock)
                            .authenticate(BuyerAccounts.normaliseLogin("FANG.WANG@example.cn"), "ten chars!"))
                    .orElseThrow();
            assertEquals(Role.BUYER, actor.role());
            assertTrue(
                    chain.tx(em -> new AccountService(em, chain.clock).authenticate(buyer.loginName(), "wrong pass!"))
                            .isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void registrationRefusesAShortPasswordATakenNameAndABlankDisplayName(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.tx(em -> new BuyerAccounts(em, chain.clock).register("li-na", "李娜", "long enough pw"));

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new BuyerAccounts(em, chain.clock).register("LI-NA", " ", "nine char")));

            assertEquals(Reason.VALIDATION, refused.reason());
            assertEquals(
                    List.of("login", "displayName", "password"),
                    refused.violations().stream().map(FieldViolation::field).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void mergingAddsTheGuestCartToTheSavedOneLimitedByStock(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long buyer = register(chain, "merge-buyer");
            chain.db.run(em -> carts(chain, em).replace(buyer, List.of(new SavedCarts.Item(chain.sachetId, 3))));

            SavedCarts.Merged merged = chain.tx(em -> carts(chain, em)
                    .merge(
                            buyer,
                            List.of(new SavedCarts.Item(chain.sachetId, 4), new SavedCarts.Item(chain.paperCutId, 2))));

            assertEquals(List.of(new SavedCarts.Item(chain.sachetId, 5)), merged.items());
            assertEquals(
                    List.of(
                            new SavedCarts.Limited(chain.sachetId, 7, 5),
                            new SavedCarts.Limited(chain.paperCutId, 2, 0)),
                    merged.limited());
            assertEquals(merged.items(), chain.tx(em -> carts(chain, em).of(buyer)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void mergingWithinStockKeepsEveryPieceAndSavingReplacesTheCart(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            chain.produce(chain.paperCutId, chain.mainLocationId, 5);
            long buyer = register(chain, "merge-buyer");
            chain.db.run(em -> carts(chain, em).replace(buyer, List.of(new SavedCarts.Item(chain.paperCutId, 1))));

            SavedCarts.Merged merged =
                    chain.tx(em -> carts(chain, em).merge(buyer, List.of(new SavedCarts.Item(chain.sachetId, 2))));
            assertEquals(
                    List.of(new SavedCarts.Item(chain.paperCutId, 1), new SavedCarts.Item(chain.sachetId, 2)),
                    merged.items());
            assertTrue(merged.limited().isEmpty());

            chain.db.run(em -> carts(chain, em).replace(buyer, List.of(new SavedCarts.Item(chain.sachetId, 4))));
            assertEquals(
                    List.of(new SavedCarts.Item(chain.sachetId, 4)),
                    chain.tx(em -> carts(chain, em).of(buyer)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressBookIsHerOwnAndChecksTheCityBelongsToTheProvince(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long wang = register(chain, "wang-fang");
            long li = register(chain, "li-na");
            BuyerAddress first = chain.tx(em -> new AddressBook(em, chain.clock).add(wang, JINCHANG));
            BuyerAddress second = chain.tx(em -> new AddressBook(em, chain.clock)
                    .add(wang, new BuyerAddress.Details("王芳", "13912345678", "甘肃省", "兰州市", null, "东岗西路 120 号", null)));

            assertTrue(first.isDefault());
            assertFalse(second.isDefault());
            assertEquals("13912345678", first.details().phone());
            RequestRefusedException notHers = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new AddressBook(em, chain.clock).find(li, first.id())));
            assertEquals(Reason.NOT_FOUND, notHers.reason());
            assertThrows(
                    RequestRefusedException.class,
                    () -> chain.db.run(em -> new AddressBook(em, chain.clock).delete(li, first.id())));

            RequestRefusedException wrongCity = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new AddressBook(em, chain.clock)
                            .change(
                                    wang,
                                    first.id(),
                                    new BuyerAddress.Details(
                                            "王芳", "13912345678", "甘肃省", "西安市", null, "某路 1 号", null))));
            assertEquals(
                    List.of("city"),
                    wrongCity.violations().stream().map(FieldViolation::field).toList());

            chain.db.run(em -> new AddressBook(em, chain.clock).makeDefault(wang, second.id()));
            assertEquals(
                    second.id(),
                    chain.tx(em -> new AddressBook(em, chain.clock).of(wang))
                            .get(0)
                            .id());
            chain.db.run(em -> new AddressBook(em, chain.clock).delete(wang, second.id()));
            List<BuyerAddress> left = chain.tx(em -> new AddressBook(em, chain.clock).of(wang));
            assertEquals(1, left.size());
            assertTrue(left.get(0).isDefault(), "the remaining address becomes the default");
            assertTrue(chain.tx(em -> new AddressBook(em, chain.clock).of(li)).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFavouriteIsKeptOnceAndOnlyForHer(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long wang = register(chain, "wang-fang");
            long li = register(chain, "li-na");
            chain.db.run(em -> new Favourites(em, chain.clock).add(wang, chain.sachetId));
            chain.db.run(em -> new Favourites(em, chain.clock).add(wang, chain.sachetId));

            assertEquals(List.of(chain.sachetId), chain.tx(em -> new Favourites(em, chain.clock).productIds(wang)));
            assertTrue(chain.tx(em -> new Favourites(em, chain.clock).productIds(li))
                    .isEmpty());
            chain.db.run(em -> new Favourites(em, chain.clock).remove(wang, chain.sachetId));
            assertFalse((boolean) chain.tx(em -> new Favourites(em, chain.clock).isFavourite(wang, chain.sachetId)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrderPlacedByABuyerIsInHerHistoryAndNoOneElses(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long wang = register(chain, "wang-fang");
            long li = register(chain, "li-na");
            String number = placeAs(chain, wang, "en", "k1");
            placeAs(chain, null, "zh", "k2");

            List<BuyerOrders.Summary> history =
                    chain.tx(em -> buyerOrders(chain, em).history(wang));
            assertEquals(
                    List.of(number),
                    history.stream().map(BuyerOrders.Summary::number).toList());
            assertEquals(2, history.get(0).pieces());
            assertTrue(chain.tx(em -> buyerOrders(chain, em).history(li)).isEmpty());
            assertTrue(chain.tx(em -> buyerOrders(chain, em).find(li, number)).isEmpty());
            assertEquals(
                    number,
                    chain.tx(em -> buyerOrders(chain, em).find(wang, number))
                            .orElseThrow()
                            .number());
            assertEquals("en", chain.tx(em -> orderOf(em, number).language()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheBuyerOfADeliveredOrderReviewsItsProductOncePerOrder(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            long wang = register(chain, "wang-fang");
            long li = register(chain, "li-na");
            String number = placeAs(chain, wang, "zh", "k1");

            RequestRefusedException notDelivered = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new Reviews(em, chain.clock).write(wang, number, chain.sachetId, 5, "很好")));
            assertEquals(Reason.INVALID_STATE, notDelivered.reason());
            assertTrue(chain.tx(em -> new Reviews(em, chain.clock).reviewableOrders(wang, chain.sachetId))
                    .isEmpty());

            deliver(chain, number);
            assertEquals(
                    List.of(number),
                    chain.tx(em -> new Reviews(em, chain.clock).reviewableOrders(wang, chain.sachetId)));
            RequestRefusedException notHers = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new Reviews(em, chain.clock).write(li, number, chain.sachetId, 1, "差")));
            assertEquals(Reason.NOT_FOUND, notHers.reason());
            RequestRefusedException notInOrder = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new Reviews(em, chain.clock).write(wang, number, chain.paperCutId, 4, "好")));
            assertEquals(Reason.NOT_FOUND, notInOrder.reason());
            RequestRefusedException badRating = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> new Reviews(em, chain.clock).write(wang, number, chain.sachetId, 6, "<b>好</b>")));
            assertEquals(
                    List.of("rating"),
                    badRating.violations().stream().map(FieldViolation::field).toList());

            chain.tx(em -> new Reviews(em, chain.clock)
                    .write(wang, number, chain.sachetId, 4, "<script>alert(1)</script>绣工精细"));
            RequestRefusedException second = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new Reviews(em, chain.clock).write(wang, number, chain.sachetId, 5, "再评一次")));
            assertEquals(Reason.INVALID_STATE, second.reason());

            Reviews.OfProduct shown = chain.tx(em -> new Reviews(em, chain.clock).ofProduct(chain.sachetId));
            assertEquals(1, shown.reviews().size());
            assertEquals("buyer wang-fang", shown.reviews().get(0).reviewer());
            assertEquals(
                    "<script>alert(1)</script>绣工精细", shown.reviews().get(0).text(), "kept as typed; pages escape it");
            assertEquals(4.0, shown.average().orElseThrow());
            assertTrue(chain.tx(em -> new Reviews(em, chain.clock).reviewableOrders(wang, chain.sachetId))
                    .isEmpty());
        }
    }

    @Test
    void chinaHasThirtyFourProvincesAndGansuItsFourteenCities() {
        assertEquals(34, ChinaRegions.provinces().size());
        ChinaRegions.Province gansu = ChinaRegions.province("甘肃省").orElseThrow();
        assertEquals(14, gansu.cities().size());
        assertEquals("Gansu", gansu.name().en());
        assertTrue(ChinaRegions.isCityOf("甘肃省", "金昌市"));
        assertTrue(ChinaRegions.isCityOf("甘肃省", "甘南藏族自治州"));
        assertFalse(ChinaRegions.isCityOf("甘肃省", "西安市"));
        assertFalse(ChinaRegions.isCityOf("火星省", "金昌市"));
    }

    public static long register(Chain chain, String login) {
        return chain.tx(em -> new BuyerAccounts(em, chain.clock).register(login, "buyer " + login, "long enough pw"))
                .accountId();
    }

    public static SavedCarts carts(Chain chain, jakarta.persistence.EntityManager em) {
        return new SavedCarts(em, chain.stock(em), chain.clock);
    }

    public static BuyerOrders buyerOrders(Chain chain, jakarta.persistence.EntityManager em) {
        return chain.buyerOrders(em);
    }

    public static String placeAs(Chain chain, Long account, String language, String key) {
        OrderService.PlacedOrder placed = chain.tx(em -> buyerOrders(chain, em)
                .place(
                        order(PaymentMethod.CASH_ON_DELIVERY, line(chain.sachetId, 2)),
                        key,
                        "hash-" + key,
                        new BuyerOrders.Origin(account, language)));
        return placed.order().number();
    }

    public static CustomerOrder orderOf(jakarta.persistence.EntityManager em, String number) {
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getSingleResult();
    }

    /** Cash on delivery: confirmed, then shipped and delivered, as the back office will move it. */
    public static void deliver(Chain chain, String number) {
        chain.db.run(em -> {
            CustomerOrder o = orderOf(em, number);
            o.moveTo(OrderStatus.SHIPPED, "coop", "shipped", chain.clock.instant());
            o.moveTo(OrderStatus.DELIVERED, "coop", "delivered", chain.clock.instant());
        });
    }

    public static OrderView view(Chain chain, String number) {
        return chain.tx(em -> buyerOrders(chain, em)
                .find(orderOf(em, number).buyerAccountId(), number)
                .orElseThrow());
    }
}
