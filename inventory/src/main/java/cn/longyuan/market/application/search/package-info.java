/**
 * Finding listed products by words in Chinese or English, with filters, facet counts, sorting and paging:
 * the {@link cn.longyuan.market.application.search.ProductSearch} port (a Lucene index in
 * {@code infrastructure.search}), what it indexes ({@link cn.longyuan.market.application.search.SearchableProducts})
 * and the service the shop and the public API call ({@link cn.longyuan.market.application.search.CatalogSearch}).
 */
package cn.longyuan.market.application.search;
