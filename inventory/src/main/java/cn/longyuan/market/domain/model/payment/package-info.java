/** Online payments of orders (one PaymentIntent per order), the provider's events taken into account, refunds. */
package cn.longyuan.market.domain.model.payment;
