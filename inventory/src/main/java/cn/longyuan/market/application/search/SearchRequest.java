package cn.longyuan.market.application.search;

import cn.longyuan.market.domain.model.shared.Money;

/**
 * What a buyer looks for: words in either language (null: everything), filters (each null or false when not
 * used; prices inclusive), the order and the page (from 0).
 */
public record SearchRequest(
        String words,
        String craft,
        Long cooperativeId,
        String township,
        Money minPrice,
        Money maxPrice,
        boolean inStockOnly,
        SearchSort sort,
        int page,
        int size) {

    public static final int MAX_WORDS_LENGTH = 100;

    public SearchRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0, size from 1");
        }
        words = words == null || words.isBlank() ? null : words.strip();
        craft = craft == null || craft.isBlank() ? null : craft.strip();
        township = township == null || township.isBlank() ? null : township.strip();
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Words as typed into a search form: stripped, blank as none, cut at {@value #MAX_WORDS_LENGTH} characters. */
    public static String typedWords(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String words = typed.strip();
        return words.length() > MAX_WORDS_LENGTH ? words.substring(0, MAX_WORDS_LENGTH) : words;
    }

    /** Whether words or any filter narrow what it finds. */
    public boolean narrowed() {
        return words != null
                || craft != null
                || cooperativeId != null
                || township != null
                || minPrice != null
                || maxPrice != null
                || inStockOnly;
    }

    /** How many pages of this size {@code total} products fill: at least one (an empty first page). */
    public int pageCount(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether a page follows this one when {@code total} products match. */
    public boolean hasNextPage(long total) {
        return (long) (page + 1) * size < total;
    }

    /**
     * This request, or the last page when it asks for one past it (an old link, a typed {@code ?page=100}); the
     * first page is always there, empty or not.
     */
    public SearchRequest withinPages(long total) {
        return page > 0 && page >= pageCount(total) ? withPage(pageCount(total) - 1, size) : this;
    }

    /** Everything listed, newest first. */
    public static SearchRequest all(int page, int size) {
        return new SearchRequest(null, null, null, null, null, null, false, SearchSort.NEWEST, page, size);
    }

    public SearchRequest withWords(String newWords) {
        return new SearchRequest(
                newWords, craft, cooperativeId, township, minPrice, maxPrice, inStockOnly, sort, page, size);
    }

    public SearchRequest withCraft(String newCraft) {
        return new SearchRequest(
                words, newCraft, cooperativeId, township, minPrice, maxPrice, inStockOnly, sort, page, size);
    }

    public SearchRequest withCooperative(Long newCooperative) {
        return new SearchRequest(
                words, craft, newCooperative, township, minPrice, maxPrice, inStockOnly, sort, page, size);
    }

    public SearchRequest withTownship(String newTownship) {
        return new SearchRequest(
                words, craft, cooperativeId, newTownship, minPrice, maxPrice, inStockOnly, sort, page, size);
    }

    public SearchRequest withPrices(Money min, Money max) {
        return new SearchRequest(words, craft, cooperativeId, township, min, max, inStockOnly, sort, page, size);
    }

    public SearchRequest withInStockOnly(boolean only) {
        return new SearchRequest(words, craft, cooperativeId, township, minPrice, maxPrice, only, sort, page, size);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(
                words, craft, cooperativeId, township, minPrice, maxPrice, inStockOnly, newSort, page, size);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(
                words, craft, cooperativeId, township, minPrice, maxPrice, inStockOnly, sort, newPage, newSize);
    }
}
