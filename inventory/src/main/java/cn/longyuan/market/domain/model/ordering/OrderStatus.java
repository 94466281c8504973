package cn.longyuan.market.domain.model.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's life (api.md). Online payment and bank transfer: AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED →
 * COMPLETED. Cash on delivery: CONFIRMED → SHIPPED → DELIVERED → PAID → COMPLETED. Side exits: EXPIRED,
 * CANCELLED, REFUNDED. EXPIRED is an end, except that a Stripe payment completed after the hold lapsed may
 * still pay the order (see PaymentService).
 */
public enum OrderStatus {
    AWAITING_PAYMENT,
    CONFIRMED,
    PAID,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    EXPIRED,
    CANCELLED,
    REFUNDED;

    /** The statuses this one may move to for an order paid the given way. */
    public Set<OrderStatus> next(PaymentMethod method) {
        boolean cod = method == PaymentMethod.CASH_ON_DELIVERY;
        return switch (this) {
            case AWAITING_PAYMENT -> EnumSet.of(PAID, EXPIRED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED);
            case PAID -> cod ? EnumSet.of(COMPLETED, REFUNDED) : EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> cod ? EnumSet.of(PAID) : EnumSet.of(COMPLETED, REFUNDED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            // an online payment that succeeds after the hold lapsed: paid if the pieces can be held again
            case EXPIRED -> method == PaymentMethod.STRIPE ? EnumSet.of(PAID) : EnumSet.noneOf(OrderStatus.class);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Whether the order still holds stock reserved for it. */
    public boolean holdsReservation() {
        return this == AWAITING_PAYMENT || this == CONFIRMED;
    }
}
