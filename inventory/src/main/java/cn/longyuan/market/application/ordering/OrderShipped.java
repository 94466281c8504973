package cn.longyuan.market.application.ordering;

/** A cooperative shipped its part of an order. Fired inside the shipping transaction, acted on after commit. */
public record OrderShipped(long orderId, long cooperativeId, String carrier, String trackingNumber) {}
