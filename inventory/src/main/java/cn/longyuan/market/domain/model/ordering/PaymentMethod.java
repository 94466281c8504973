package cn.longyuan.market.domain.model.ordering;

import java.util.Arrays;
import java.util.List;

/** How a buyer pays. The two offline ways are paid to the platform's account run by the federation. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH_ON_DELIVERY,
    STRIPE;

    public boolean isOffline() {
        return this != STRIPE;
    }

    /** What a buyer may choose: the offline ways always, online payment only where the market has it configured. */
    public static List<PaymentMethod> offered(boolean onlinePaymentConfigured) {
        return Arrays.stream(values())
                .filter(m -> m.isOffline() || onlinePaymentConfigured)
                .toList();
    }

    /** The status a newly placed order starts in. */
    public OrderStatus initialStatus() {
        return this == CASH_ON_DELIVERY ? OrderStatus.CONFIRMED : OrderStatus.AWAITING_PAYMENT;
    }
}
