package cn.longyuan.market.application.search;

import java.util.Arrays;
import java.util.Optional;

/** How search results are ordered; {@link #code()} is the value of the {@code sort} parameter. */
public enum SearchSort {
    /** best match first (names count more than descriptions); without words, the same as newest */
    RELEVANCE("relevance"),
    NEWEST("newest"),
    PRICE_ASC("price-asc"),
    PRICE_DESC("price-desc");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The order when the buyer chose none: the best match for words, else the newest first. */
    public static SearchSort byDefault(String words) {
        return words == null || words.isBlank() ? NEWEST : RELEVANCE;
    }

    public static Optional<SearchSort> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
