package cn.longyuan.market.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchResults;
import cn.longyuan.market.application.search.SearchResults.FacetCount;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.application.search.SearchableProduct;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The search index on its own: Chinese and English words, ranking, filters, facet counts, sorting, paging. */
class ProductIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    static final long NINGYUANPU = 1;
    static final long SHUANGWAN = 2;

    /** Six products, listed one day apart in the order of their ids. */
    static final List<SearchableProduct> PRODUCTS = List.of(
            product(
                    1,
                    "端午五毒香包",
                    "Dragon Boat Five-Creature Sachet",
                    "庆阳香包的老样式，内装艾草。",
                    "A traditional Qingyang design filled with mugwort.",
                    "sachet",
                    "庆阳香包",
                    "Qingyang embroidered sachet",
                    NINGYUANPU,
                    "宁远堡镇",
                    6800,
                    true),
            product(
                    2,
                    "窗花剪纸·喜鹊登梅",
                    "Window Paper-Cut: Magpies on Plum Blossom",
                    "大红宣纸手工剪制。",
                    "Hand-cut from red xuan paper.",
                    "paper-cutting",
                    "剪纸",
                    "Paper-cutting",
                    NINGYUANPU,
                    "宁远堡镇",
                    2500,
                    true),
            product(
                    3,
                    "牡丹手帕",
                    "Peony Handkerchief",
                    "手帕一角绣着剪纸图案的牡丹。",
                    "A peony in a paper-cut pattern embroidered in one corner.",
                    "embroidery",
                    "陇绣刺绣",
                    "Longxiu embroidery",
                    SHUANGWAN,
                    "双湾镇",
                    4000,
                    false),
            product(
                    4,
                    "陇绣牡丹团扇",
                    "Longxiu Peony Round Fan",
                    "真丝扇面上绣出盛开的牡丹。",
                    "A silk fan with a full-blown peony.",
                    "embroidery",
                    "陇绣刺绣",
                    "Longxiu embroidery",
                    SHUANGWAN,
                    "双湾镇",
                    16800,
                    true),
            product(
                    5,
                    "刺绣鞋垫·并蒂莲",
                    "Embroidered Insoles: Twin Lotus",
                    "多层纯棉布手工纳成。",
                    "Layers of cotton quilted by hand.",
                    "insole",
                    "刺绣鞋垫",
                    "Embroidered insole",
                    SHUANGWAN,
                    "双湾镇",
                    4500,
                    true),
            product(
                    6,
                    "葫芦香包",
                    "Gourd Sachet",
                    "双湾镇姐妹手工缝制，内装艾草和薰衣草。",
                    "Sewn by hand, filled with mugwort and lavender.",
                    "sachet",
                    "庆阳香包",
                    "Qingyang embroidered sachet",
                    SHUANGWAN,
                    "双湾镇",
                    4200,
                    false));

    private final ProductIndex index = ProductIndex.of(PRODUCTS);

    static SearchableProduct product(
            long id,
            String nameZh,
            String nameEn,
            String descriptionZh,
            String descriptionEn,
            String craft,
            String craftZh,
            String craftEn,
            long cooperative,
            String township,
            long priceFen,
            boolean inStock) {
        return new SearchableProduct(
                id,
                nameZh,
                nameEn,
                descriptionZh,
                descriptionEn,
                craft,
                craftZh,
                craftEn,
                cooperative,
                cooperative == NINGYUANPU ? "宁远堡镇巧手合作社" : "双湾镇巧姐妹合作社",
                cooperative == NINGYUANPU ? "Ningyuanpu Skilled Hands" : "Shuangwan Clever Sisters",
                township,
                priceFen,
                inStock,
                T0.plusSeconds(86_400 * id));
    }

    private static SearchRequest words(String words) {
        return new SearchRequest(words, null, null, null, null, null, false, SearchSort.RELEVANCE, 0, 20);
    }

    private List<Long> ids(SearchRequest request) {
        return index.search(request).productIds();
    }

    private Set<Long> found(String words) {
        return Set.copyOf(ids(words(words)));
    }

    @Test
    void twoChineseCharactersFindExactlyTheProductsThatContainThem() {
        assertEquals(Set.of(1L, 6L), found("香包"));
        assertEquals(Set.of(2L, 3L), found("剪纸"));
        assertEquals(Set.of(3L, 4L), found("牡丹"));
        assertEquals(Set.of(), found("香纸"), "two characters that stand apart are not a word");
    }

    @Test
    void oneChineseCharacterFindsItAnywhere() {
        assertEquals(Set.of(4L), found("扇"));
        assertEquals(Set.of(1L, 6L), found("艾"));
    }

    @Test
    void aNameHitRanksBeforeADescriptionHit() {
        assertEquals(List.of(2L, 3L), ids(words("剪纸")), "the paper-cut is named so; the handkerchief only mentions it");
        assertEquals(4L, ids(words("团扇 牡丹")).get(0));
        assertEquals(List.of(3L, 4L), ids(words("peony")).stream().sorted().toList());
    }

    @Test
    void englishWordsFindChineseProductsThroughTheirEnglishTextAndCraft() {
        assertEquals(
                Set.of(1L, 3L, 4L, 5L, 6L),
                found("embroidery"),
                "the Longxiu embroidery craft, and what is embroidered by its English name: the sachets, the insoles");
        assertEquals(Set.of(1L, 6L), found("sachets"), "a plural finds the singular");
        assertEquals(Set.of(1L, 6L), found("Sachet"));
        assertEquals(Set.of(1L), found("dragon sachet"), "every word must be found");
        assertEquals(Set.of(2L), found("paper-cut magpies"));
        assertEquals(Set.of(5L, 6L, 3L, 4L), found("shuangwan"), "the cooperative's name is searched");
    }

    @Test
    void wordsThatMatchNothingFindNothing() {
        assertEquals(Set.of(), found("no-such-thing-anywhere"));
        assertEquals(Set.of(), found("the"), "a stop word alone asks for nothing");
        assertEquals(0, index.search(words("no-such-thing")).total());
    }

    @Test
    void filtersNarrowTheResults() {
        SearchRequest all = SearchRequest.all(0, 20);
        assertEquals(List.of(6L, 1L), ids(all.withCraft("sachet")), "newest first");
        assertEquals(List.of(6L, 5L, 4L, 3L), ids(all.withCooperative(SHUANGWAN)));
        assertEquals(List.of(2L, 1L), ids(all.withTownship("宁远堡镇")));
        assertEquals(List.of(5L, 4L, 2L, 1L), ids(all.withInStockOnly(true)));
        assertEquals(
                List.of(6L, 5L, 3L, 1L), ids(all.withPrices(Money.parse("40.00"), Money.parse("68.00"))), "inclusive");
        assertEquals(List.of(2L), ids(all.withPrices(null, Money.parse("39.99"))));
        assertEquals(List.of(4L), ids(all.withPrices(Money.parse("100"), null)));
        assertEquals(List.of(1L), ids(words("香包").withInStockOnly(true)));
        assertEquals(List.of(), ids(all.withCraft("no-such-craft")));
    }

    @Test
    void facetCountsApplyEveryFilterButTheirOwn() {
        SearchResults sachets = index.search(SearchRequest.all(0, 20).withCraft("sachet"));

        assertEquals(2, sachets.total());
        assertEquals(
                List.of(
                        new FacetCount("embroidery", 2),
                        new FacetCount("sachet", 2),
                        new FacetCount("insole", 1),
                        new FacetCount("paper-cutting", 1)),
                sachets.crafts(),
                "all crafts, to switch to another");
        assertEquals(List.of(new FacetCount("1", 1), new FacetCount("2", 1)), sachets.cooperatives());
        assertEquals(
                List.of(new FacetCount("双湾镇", 1), new FacetCount("宁远堡镇", 1)).stream()
                        .collect(Collectors.toSet()),
                Set.copyOf(sachets.townships()));
        assertEquals(1, sachets.inStock());

        SearchResults embroidery = index.search(words("embroidery").withInStockOnly(true));
        assertEquals(
                List.of(4L, 5L, 1L), embroidery.productIds(), "the craft of that name first, then what is embroidered");
        assertEquals(3, embroidery.inStock(), "the handkerchief and the gourd sachet are sold out");
        assertEquals(
                List.of(new FacetCount("embroidery", 1), new FacetCount("insole", 1), new FacetCount("sachet", 1)),
                embroidery.crafts());
    }

    @Test
    void resultsAreSortedByPriceOrAge() {
        SearchRequest all = SearchRequest.all(0, 20);
        assertEquals(List.of(2L, 3L, 6L, 5L, 1L, 4L), ids(all.withSort(SearchSort.PRICE_ASC)));
        assertEquals(List.of(4L, 1L, 5L, 6L, 3L, 2L), ids(all.withSort(SearchSort.PRICE_DESC)));
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), ids(all.withSort(SearchSort.NEWEST)));
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), ids(all.withSort(SearchSort.RELEVANCE)), "without words: newest");
        assertEquals(List.of(1L, 6L), ids(words("香包").withSort(SearchSort.PRICE_DESC)));
    }

    @Test
    void pagesFollowEachOtherWithTheSameTotal() {
        SearchRequest all = SearchRequest.all(0, 4).withSort(SearchSort.PRICE_ASC);
        SearchResults first = index.search(all);
        SearchResults second = index.search(all.withPage(1, 4));
        SearchResults beyond = index.search(all.withPage(2, 4));

        assertEquals(List.of(2L, 3L, 6L, 5L), first.productIds());
        assertEquals(List.of(1L, 4L), second.productIds());
        assertEquals(List.of(), beyond.productIds());
        for (SearchResults page : List.of(first, second, beyond)) {
            assertEquals(6, page.total());
        }
        assertTrue(index.search(words("香包").withPage(0, 1)).productIds().size() == 1);
    }
}
