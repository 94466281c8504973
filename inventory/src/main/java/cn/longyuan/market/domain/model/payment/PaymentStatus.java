package cn.longyuan.market.domain.model.payment;

/**
 * Where an order's online payment stands, as far as the provider's events have told us. SUCCEEDED, CANCELED,
 * MISMATCH and LATE_REFUNDED are ends: an event that arrives after one of them (out of order, repeated) changes
 * nothing.
 */
public enum PaymentStatus {
    /** the PaymentIntent exists; the buyer has not paid yet */
    CREATED,
    /** an attempt failed (declined, abandoned); the buyer may try again with the same intent */
    FAILED,
    /** the money arrived and paid the order */
    SUCCEEDED,
    /** the intent was cancelled; the order no longer waits for it */
    CANCELED,
    /** money arrived that is not what the order costs: not taken as payment, left to the federation */
    MISMATCH,
    /** money that arrived for an order that could no longer be served went back to the buyer */
    LATE_REFUNDED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == CANCELED || this == MISMATCH || this == LATE_REFUNDED;
    }
}
