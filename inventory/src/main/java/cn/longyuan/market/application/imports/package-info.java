/**
 * The import of products, artisans and opening stock from CSV or Excel files: a preview with every bad row, then all
 * rows in one transaction through the same services as entry by hand, or nothing.
 */
package cn.longyuan.market.application.imports;
