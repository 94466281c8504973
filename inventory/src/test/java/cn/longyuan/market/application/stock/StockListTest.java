package cn.longyuan.market.application.stock;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.SecondCooperative;
import cn.longyuan.market.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The back office's stock list, filtered and paged in the database within what the reader sees: 25 products more in
 * the chain's cooperative (so a page of 10 has three pages), the second cooperative's gourd beside them.
 */
class StockListTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);
    private static final Actor BROKER = new Actor(8, "broker-li", Role.BROKER, null);

    /**
     * Products "库存测试品01".."25" (an English name "Stock test item n" for even n only; craft paper-cutting for every
     * fifth, sachet otherwise): n pieces at the main place for n up to 20, 3 more at the shop for every fourth of those,
     * none for 21..25; threshold 5 for 3, 6 and 9, 30 for 12; the one piece of 01 held by an order. Ids by n.
     */
    private static Map<Integer, Long> stocked(Chain chain) {
        Map<Integer, Long> ids = new HashMap<>();
        chain.tx(em -> {
            Cooperative coop = em.find(Cooperative.class, chain.cooperativeId);
            for (int n = 1; n <= 25; n++) {
                Product p = new Product(
                        coop,
                        em.find(Craft.class, n % 5 == 0 ? "paper-cutting" : "sachet"),
                        new BilingualText(String.format("库存测试品%02d", n), n % 2 == 0 ? "Stock test item " + n : null),
                        new BilingualText("测试", null),
                        Money.parse("10.00"),
                        null,
                        chain.clock.instant());
                p.publish();
                em.persist(p);
                em.flush();
                ids.put(n, p.id());
            }
            return null;
        });
        for (int n = 1; n <= 20; n++) {
            long id = ids.get(n);
            int pieces = n;
            chain.tx(em -> {
                chain.stock(em).adjust(id, chain.mainLocationId, pieces, "盘点入库", "test");
                return null;
            });
            if (n % 4 == 0) {
                chain.tx(em -> {
                    chain.stock(em).adjust(id, chain.shopLocationId, 3, "盘点入库", "test");
                    return null;
                });
            }
        }
        for (int[] t : new int[][] {{3, 5}, {6, 5}, {9, 5}, {12, 30}}) {
            long id = ids.get(t[0]);
            chain.tx(em -> {
                chain.stock(em).setLowStockThreshold(id, t[1]);
                return null;
            });
        }
        chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(ids.get(1), 1)), "stock-list-1", "h");
        return ids;
    }

    private static StockList.StockPage page(Chain chain, Actor actor, StockFilter filter, int first, int size) {
        return chain.tx(em -> new StockList(em).page(actor, filter, first, size));
    }

    private static Set<String> names(Chain chain, Actor actor, StockFilter filter) {
        Set<String> names = new HashSet<>();
        StockList.StockPage page = page(chain, actor, filter, 0, 100);
        page.items().forEach(r -> names.add(r.stock().name().zh()));
        assertEquals(page.total(), names.size(), "the total counts the rows the filter keeps");
        return names;
    }

    private static Set<String> numbered(int... numbers) {
        Set<String> names = new HashSet<>();
        for (int n : numbers) {
            names.add(String.format("库存测试品%02d", n));
        }
        return names;
    }

    private static StockFilter text(String text) {
        return StockFilter.of(text, null, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListIsPagedInAStableOrderWithinTheManagersCooperative(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            SecondCooperative other = SecondCooperative.in(chain);
            Map<Integer, Long> ids = stocked(chain);
            Actor manager = new Actor(1, "coop", Role.COOP_MANAGER, chain.cooperativeId);

            List<Long> seen = new ArrayList<>();
            for (int first = 0; first < 30; first += 10) {
                StockList.StockPage page = page(chain, manager, StockFilter.ANY, first, 10);
                assertEquals(27, page.total(), "her two products and the 25 test products");
                assertEquals(first < 20 ? 10 : 7, page.items().size());
                page.items().forEach(r -> seen.add(r.stock().productId()));
                page.items()
                        .forEach(
                                r -> assertEquals(chain.cooperativeId, r.stock().cooperativeId()));
            }
            assertEquals(27, new HashSet<>(seen).size(), "every product once over the pages");
            List<Long> sorted = new ArrayList<>(seen);
            sorted.sort(Long::compare);
            assertEquals(sorted, seen, "in the order the products were recorded");
            assertTrue(seen.containsAll(ids.values()));

            StockList.StockRow twelve = page(chain, manager, StockFilter.ANY.withProduct(ids.get(12)), 0, 10)
                    .items()
                    .get(0);
            assertEquals(15, twelve.stock().onHand());
            assertEquals(15, twelve.stock().available());
            assertEquals(
                    List.of(chain.mainLocationId, chain.shopLocationId),
                    twelve.stock().places().stream()
                            .map(StockQueries.PlaceStock::locationId)
                            .toList());
            assertEquals(
                    List.of(12, 3),
                    twelve.stock().places().stream()
                            .map(StockQueries.PlaceStock::onHand)
                            .toList());
            assertEquals(30, twelve.threshold());
            assertTrue(twelve.low());
            assertEquals("sachet", twelve.craft());

            assertEquals(28, page(chain, FEDERATION, StockFilter.ANY, 0, 1).total(), "federation: every cooperative");
            assertEquals(28, page(chain, BROKER, StockFilter.ANY, 0, 1).total(), "a broker too, as the stock call");
            StockList.StockPage theirs =
                    page(chain, FEDERATION, StockFilter.of(null, null, other.cooperativeId(), null, null), 0, 10);
            assertEquals(1, theirs.total());
            assertEquals(other.gourdId(), theirs.items().get(0).stock().productId());
            assertEquals(10, theirs.items().get(0).stock().available());
            assertEquals(
                    27,
                    page(chain, FEDERATION, StockFilter.ANY, 0, 100).items().stream()
                            .takeWhile(r -> r.stock().cooperativeId() == chain.cooperativeId)
                            .count(),
                    "ordered by cooperative: the chain's first, then the second's");

            RequestRefusedException tooLarge =
                    assertThrows(RequestRefusedException.class, () -> page(chain, manager, StockFilter.ANY, 0, 0));
            assertEquals("size", tooLarge.violations().get(0).field());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void searchAndFiltersNarrowTheListAndNeverLeaveHerCooperative(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            SecondCooperative other = SecondCooperative.in(chain);
            Map<Integer, Long> ids = stocked(chain);
            Actor manager = new Actor(1, "coop", Role.COOP_MANAGER, chain.cooperativeId);

            assertEquals(numbered(1, 2, 3, 4, 5, 6, 7, 8, 9), names(chain, manager, text("库存测试品0")));
            assertEquals(
                    numbered(10, 12, 14, 16, 18),
                    names(chain, manager, text("STOCK test ITEM 1")),
                    "the English name, case ignored; odd ones have none");
            assertEquals(Set.of(), names(chain, manager, text("库存%")), "a % is taken as typed");
            assertEquals(Set.of("端午香包"), names(chain, manager, text("dragon boat")));

            Set<String> paper = numbered(5, 10, 15, 20, 25);
            paper.add("窗花剪纸");
            assertEquals(paper, names(chain, manager, StockFilter.of(null, "paper-cutting", null, null, null)));
            assertEquals(
                    numbered(4, 8, 12, 16, 20),
                    names(chain, manager, StockFilter.of(null, null, null, chain.shopLocationId, null)),
                    "pieces on hand at the shop");
            assertEquals(
                    numbered(12, 16),
                    names(chain, manager, StockFilter.of("测试品1", null, null, chain.shopLocationId, null)));

            assertEquals(
                    numbered(3, 12),
                    names(chain, manager, StockFilter.of(null, null, null, null, StockFilter.Level.LOW)),
                    "below a threshold: 3 < 5 and 12 + 3 < 30; 6 and 9 are not");
            Set<String> soldOut = numbered(1, 21, 22, 23, 24, 25);
            soldOut.addAll(Set.of("端午香包", "窗花剪纸"));
            assertEquals(
                    soldOut,
                    names(chain, manager, StockFilter.of(null, null, null, null, StockFilter.Level.SOLD_OUT)),
                    "nothing available: none on hand, or 01's one piece held for an order");
            assertEquals(
                    numbered(20),
                    names(chain, manager, StockFilter.of(null, "paper-cutting", null, chain.shopLocationId, null)));

            // her scope holds through every filter
            assertEquals(
                    Set.of(), names(chain, manager, StockFilter.of(null, null, other.cooperativeId(), null, null)));
            assertEquals(Set.of(), names(chain, manager, StockFilter.of(null, null, null, other.locationId(), null)));
            assertEquals(Set.of(), names(chain, manager, text("葫芦")));
            assertEquals(Set.of("葫芦香包"), names(chain, FEDERATION, text("葫芦")));
            assertEquals(Set.of("葫芦香包"), names(chain, BROKER, text("gourd")));
            assertEquals(
                    Set.of("葫芦香包"),
                    names(chain, FEDERATION, StockFilter.of(null, null, null, other.locationId(), null)));
            RequestRefusedException notHers = assertThrows(
                    RequestRefusedException.class,
                    () -> page(chain, manager, StockFilter.product(other.gourdId()), 0, 10));
            assertEquals(RequestRefusedException.Reason.NOT_FOUND, notHers.reason());
            assertEquals(
                    1,
                    page(chain, FEDERATION, StockFilter.product(other.gourdId()), 0, 10)
                            .total());
            assertEquals(
                    0,
                    page(
                                    chain,
                                    FEDERATION,
                                    StockFilter.of(null, "paper-cutting", null, null, null)
                                            .withProduct(other.gourdId()),
                                    0,
                                    10)
                            .total(),
                    "a product and a filter that does not keep it");

            RequestRefusedException unknownCraft = assertThrows(
                    RequestRefusedException.class,
                    () -> page(chain, manager, StockFilter.of(null, "weaving", null, null, null), 0, 10));
            assertEquals("craft", unknownCraft.violations().get(0).field());

            assertEquals(
                    List.of(chain.mainLocationId, chain.shopLocationId),
                    chain.tx(em -> new StockList(em).places(manager, other.cooperativeId())).stream()
                            .map(StockList.PlaceChoice::id)
                            .toList(),
                    "a manager's own places, main first, whatever cooperative she names");
            assertEquals(List.of(), chain.tx(em -> new StockList(em).places(FEDERATION, null)));
            assertEquals(
                    List.of(other.locationId()),
                    chain.tx(em -> new StockList(em).places(FEDERATION, other.cooperativeId())).stream()
                            .map(StockList.PlaceChoice::id)
                            .toList());
            assertTrue(chain.tx(em -> new StockList(em).crafts()).stream()
                    .anyMatch(c -> c.code().equals("paper-cutting")));
        }
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        List<FieldViolation> violations = new ArrayList<>();
        StockFilter.read("x".repeat(101), "Not A Craft", "abc", "0", "HIGH", violations);
        assertEquals(
                List.of("q", "craft", "cooperative", "place", "level"),
                violations.stream()
                        .map(FieldViolation::field)
                        .sorted(StockListTest::inOrder)
                        .toList());
        List<FieldViolation> none = new ArrayList<>();
        StockFilter fine = StockFilter.read(" 香包 ", "sachet", "3", "7", "SOLD_OUT", none);
        assertEquals(List.of(), none);
        assertEquals(new StockFilter("香包", "sachet", 3L, 7L, StockFilter.Level.SOLD_OUT, null), fine);
        assertThrows(RequestRefusedException.class, () -> StockFilter.of(null, null, -1L, null, null));
    }

    private static int inOrder(String a, String b) {
        List<String> order = List.of("q", "craft", "cooperative", "place", "level");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }
}
