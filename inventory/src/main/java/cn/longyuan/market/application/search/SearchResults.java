package cn.longyuan.market.application.search;

import java.util.List;

/**
 * One page of matching product ids in order, how many match in all, and the facet counts. A dimension's counts
 * apply every filter but its own (so that a buyer who chose one craft still sees how many the other crafts
 * have), each list by falling count, then by value. When words found nothing: what the buyer may have meant
 * ("did you mean"), other words that do find products with the same filters, nearest first (else empty).
 */
public record SearchResults(
        List<Long> productIds,
        long total,
        List<FacetCount> crafts,
        List<FacetCount> cooperatives,
        List<FacetCount> townships,
        long inStock,
        List<String> suggestions) {

    public SearchResults {
        suggestions = List.copyOf(suggestions);
    }

    /** A value of a facet (a craft code, a cooperative id, a township) and how many products have it. */
    public record FacetCount(String value, long count) {}

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, List.of(), List.of(), List.of(), 0, List.of());
    }
}
