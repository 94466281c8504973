/**
 * Orders from placing to delivery: placing once per Idempotency-Key, reading and expiring, the buyer's orders,
 * saved cart, address book and requests, fulfilment by the cooperatives, delivery, returns, an order's notes and mails.
 */
package cn.longyuan.market.application.ordering;
