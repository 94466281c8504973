package cn.longyuan.market.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

/** What a search asks for, without a database: its words, its default order, its filters and its pages. */
class SearchRequestTest {

    @Test
    void wordsTypedIntoAFormAreStrippedAndCutAtTheLongestASearchTakes() {
        assertNull(SearchRequest.typedWords(null));
        assertNull(SearchRequest.typedWords("   "));
        assertEquals("香包", SearchRequest.typedWords("  香包 "));
        String hundred = "香".repeat(SearchRequest.MAX_WORDS_LENGTH);
        assertEquals(hundred, SearchRequest.typedWords(hundred));
        assertEquals(hundred, SearchRequest.typedWords(" " + hundred + "包包"));
    }

    @Test
    void withoutAChosenOrderWordsSortByRelevanceAndNoWordsByNewest() {
        assertEquals(SearchSort.RELEVANCE, SearchSort.byDefault("香包"));
        assertEquals(SearchSort.NEWEST, SearchSort.byDefault(null));
        assertEquals(SearchSort.NEWEST, SearchSort.byDefault(" "));
    }

    @Test
    void wordsAndEveryFilterNarrowTheSearchButItsOrderAndPageDoNot() {
        SearchRequest all = SearchRequest.all(0, 12);
        assertFalse(all.narrowed());
        assertFalse(all.withSort(SearchSort.PRICE_ASC).withPage(3, 12).narrowed());
        assertTrue(all.withWords("香包").narrowed());
        assertTrue(all.withCraft("sachet").narrowed());
        assertTrue(all.withCooperative(7L).narrowed());
        assertTrue(all.withTownship("宁远堡镇").narrowed());
        assertTrue(all.withPrices(Money.parse("20"), null).narrowed());
        assertTrue(all.withPrices(null, Money.parse("80")).narrowed());
        assertTrue(all.withInStockOnly(true).narrowed());
        assertFalse(all.withCraft("sachet").withCraft(null).narrowed());
    }

    @Test
    void theProductsFillWholePagesAndOneMoreForTheRestWithAtLeastOneEmptyPage() {
        SearchRequest first = SearchRequest.all(0, 12);
        assertEquals(1, first.pageCount(0));
        assertEquals(1, first.pageCount(12));
        assertEquals(2, first.pageCount(13));
        assertEquals(3, first.pageCount(36));
        assertFalse(first.hasNextPage(12));
        assertTrue(first.hasNextPage(13));
        assertTrue(SearchRequest.all(1, 12).hasNextPage(25));
        assertFalse(SearchRequest.all(2, 12).hasNextPage(36));
    }

    @Test
    void aPagePastTheLastIsTheLastAndTheFirstIsAlwaysThere() {
        SearchRequest tenth = SearchRequest.all(0, 12).withWords("香包").withPage(9, 12);
        SearchRequest last = tenth.withinPages(25);
        assertEquals(2, last.page());
        assertEquals(12, last.size());
        assertEquals("香包", last.words());
        assertEquals(0, tenth.withinPages(0).page());

        SearchRequest second = SearchRequest.all(1, 12);
        assertSame(second, second.withinPages(13));
        SearchRequest first = SearchRequest.all(0, 12);
        assertSame(first, first.withinPages(0));
    }
}
