/**
 * The product search on Apache Lucene: an in-memory index per application instance ({@link
 * cn.longyuan.market.infrastructure.search.ProductIndex}), rebuilt when the catalogue changed
 * ({@link cn.longyuan.market.infrastructure.search.LuceneProductSearch}).
 */
package cn.longyuan.market.infrastructure.search;
