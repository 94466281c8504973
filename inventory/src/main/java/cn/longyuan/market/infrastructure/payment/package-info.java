/** The payment provider behind an interface ({@link cn.longyuan.market.infrastructure.payment.PaymentGateway}): Stripe today, another for the mainland later. */
package cn.longyuan.market.infrastructure.payment;
