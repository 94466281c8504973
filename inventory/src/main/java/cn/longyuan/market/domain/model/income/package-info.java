/** Artisan income: how a sale is split (artisan, cooperative, broker), the income ledger, payouts. */
package cn.longyuan.market.domain.model.income;
