/**
 * Stock: the only code that changes it (every change a ledger row), the back office's adjustments, transfers and
 * stocktakes, the stock as read per product and place, and the low-stock warning.
 */
package cn.longyuan.market.application.stock;
