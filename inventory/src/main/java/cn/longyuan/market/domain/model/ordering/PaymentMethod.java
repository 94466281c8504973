package cn.longyuan.market.domain.model.ordering;

/** How a buyer pays. The two offline ways are paid to the platform's account run by the federation. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH_ON_DELIVERY,
    STRIPE;

    public boolean isOffline() {
        return this != STRIPE;
    }

    /** The status a newly placed order starts in. */
    public OrderStatus initialStatus() {
        return this == CASH_ON_DELIVERY ? OrderStatus.CONFIRMED : OrderStatus.AWAITING_PAYMENT;
    }
}
