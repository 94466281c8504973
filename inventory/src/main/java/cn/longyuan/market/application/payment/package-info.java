/** Paying orders online, the provider's webhook events, refunds and the reconciliation of payments with orders. */
package cn.longyuan.market.application.payment;
