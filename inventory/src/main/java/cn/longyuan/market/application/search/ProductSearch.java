package cn.longyuan.market.application.search;

/**
 * Full-text search over the listed products. The implementation keeps its own index of what
 * {@link SearchableProducts} reads from the database and follows changes within seconds.
 */
public interface ProductSearch {

    /** The products matching the request, one page of ids in the asked order, the total and the facet counts. */
    SearchResults search(SearchRequest request);

    /**
     * A number that grows whenever the index was rebuilt from changed listings or stock: what a cache of rendered
     * catalogue pages is keyed by, so that a back-office change reaches the shop as soon as the index has it.
     */
    long generation();
}
