/** The artisans' income: sales traced to batches and split by the cooperative's rules, payouts, statements. */
package cn.longyuan.market.application.income;
