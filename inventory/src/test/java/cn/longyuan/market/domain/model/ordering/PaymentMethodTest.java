package cn.longyuan.market.domain.model.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

    @Test
    void withoutOnlinePaymentOnlyTheOfflineWaysAreOffered() {
        assertEquals(
                List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY), PaymentMethod.offered(false));
    }

    @Test
    void withOnlinePaymentConfiguredItIsOfferedAfterTheOfflineWays() {
        assertEquals(
                List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.STRIPE),
                PaymentMethod.offered(true));
    }

    @Test
    void cashOnDeliveryStartsConfirmedTheOthersAwaitPayment() {
        assertEquals(OrderStatus.CONFIRMED, PaymentMethod.CASH_ON_DELIVERY.initialStatus());
        assertEquals(OrderStatus.AWAITING_PAYMENT, PaymentMethod.BANK_TRANSFER.initialStatus());
        assertEquals(OrderStatus.AWAITING_PAYMENT, PaymentMethod.STRIPE.initialStatus());
    }
}
