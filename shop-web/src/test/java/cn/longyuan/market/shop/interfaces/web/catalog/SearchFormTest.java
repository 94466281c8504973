package cn.longyuan.market.shop.interfaces.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.search.SearchRequest;
import cn.longyuan.market.application.search.SearchSort;
import cn.longyuan.market.domain.model.shared.Money;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The search form as an address fills it in; nothing typed into the address is refused, only left out. */
class SearchFormTest {

    private static final Predicate<String> KNOWN = Set.of("sachet", "paper-cutting")::contains;

    private static SearchForm read(Map<String, String> address) {
        return SearchForm.read(address::get, KNOWN, 12);
    }

    @Test
    void everyFilterOfTheAddressIsSearchedFor() {
        SearchForm form = read(Map.of(
                "q", " 香包 ",
                "craft", "sachet",
                "cooperative", "3",
                "township", " 宁远堡镇 ",
                "min", "20",
                "max", "80.5",
                "stock", "1",
                "sort", "price-asc",
                "page", "2"));
        SearchRequest request = form.request();
        assertEquals(
                new SearchRequest(
                        "香包",
                        "sachet",
                        3L,
                        "宁远堡镇",
                        Money.parse("20"),
                        Money.parse("80.50"),
                        true,
                        SearchSort.PRICE_ASC,
                        2,
                        12),
                request);
        assertTrue(form.sortChosen());
        assertEquals("price-asc", form.getSort());
        assertEquals("20.00", form.getMin());
        assertEquals("80.50", form.getMax());
        assertEquals("3", form.getCooperative());
        assertTrue(form.isInStockOnly());
    }

    @Test
    void anEmptyAddressIsEverythingNewestFirstFromTheFirstPage() {
        SearchForm form = read(Map.of());
        assertEquals(SearchRequest.all(0, 12), form.request());
        assertFalse(form.sortChosen());
        assertNull(form.getSort());
        assertNull(form.getMin());
    }

    @Test
    void wordsSortByRelevanceUnlessTheAddressNamesAnOrderThatIsOne() {
        assertEquals(SearchSort.RELEVANCE, read(Map.of("q", "香包")).request().sort());
        SearchForm unknownOrder = read(Map.of("q", "香包", "sort", "cheapest"));
        assertEquals(SearchSort.RELEVANCE, unknownOrder.request().sort());
        assertFalse(unknownOrder.sortChosen());
        assertEquals(SearchSort.NEWEST, read(Map.of("sort", "newest")).request().sort());
    }

    @Test
    void tooManyWordsAreCutAndAPageThatIsNoNumberIsTheFirst() {
        String typed = "香".repeat(SearchRequest.MAX_WORDS_LENGTH + 20);
        assertEquals(
                SearchRequest.MAX_WORDS_LENGTH, read(Map.of("q", typed)).getQ().length());
        assertEquals(0, read(Map.of("page", "-1")).request().page());
        assertEquals(0, read(Map.of("page", "1234567")).request().page());
        assertEquals(0, read(Map.of("page", "two")).request().page());
        assertEquals(4, read(Map.of("page", " 4 ")).request().page());
    }

    @Test
    void aPriceThatIsNoAmountIsLeftOutAndShownAsTypedForHerToCorrect() {
        SearchForm form = read(Map.of("min", "20元", "max", "1e999999999"));
        assertNull(form.request().minPrice());
        assertNull(form.request().maxPrice());
        assertEquals("20元", form.getMin());
        assertEquals("1e999999999", form.getMax());
    }

    @Test
    void aCraftTheShopDoesNotKnowAndAnIdThatIsNoneAreLeftOut() {
        assertNull(read(Map.of("craft", "tiger-shoes")).request().craft());
        assertEquals("sachet", read(Map.of("craft", " sachet ")).request().craft());
        assertNull(read(Map.of("cooperative", "abc")).request().cooperativeId());
        assertNull(read(Map.of("cooperative", "0")).getCooperative());
    }

    @Test
    void aCraftsPageSearchesItsOwnCraftWhateverTheAddressSays() {
        SearchForm form = SearchForm.forCraft(Map.of("craft", "tiger-shoes", "q", "红")::get, "paper-cutting", 12);
        assertEquals("paper-cutting", form.request().craft());
        assertEquals("红", form.getQ());
    }
}
