package cn.longyuan.market.domain.model.ordering;

import static cn.longyuan.market.domain.model.ordering.OrderStatus.AWAITING_PAYMENT;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.CANCELLED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.COMPLETED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.CONFIRMED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.DELIVERED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.EXPIRED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.PAID;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.REFUNDED;
import static cn.longyuan.market.domain.model.ordering.OrderStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order's life as api.md describes it, for both ways of paying. */
class OrderStatusTest {

    private static final List<OrderStatus> PREPAID_PATH =
            List.of(AWAITING_PAYMENT, PAID, SHIPPED, DELIVERED, COMPLETED);
    private static final List<OrderStatus> CASH_ON_DELIVERY_PATH =
            List.of(CONFIRMED, SHIPPED, DELIVERED, PAID, COMPLETED);

    @ParameterizedTest
    @EnumSource(
            value = PaymentMethod.class,
            names = {"BANK_TRANSFER", "STRIPE"})
    void aPrepaidOrderIsPaidBeforeItShipsAndCompletesAfterDelivery(PaymentMethod method) {
        assertEquals(AWAITING_PAYMENT, method.initialStatus());
        for (int i = 0; i + 1 < PREPAID_PATH.size(); i++) {
            OrderStatus from = PREPAID_PATH.get(i);
            OrderStatus to = PREPAID_PATH.get(i + 1);
            assertTrue(from.next(method).contains(to), () -> method + ": " + from + " → " + to);
        }
    }

    @Test
    void aCashOnDeliveryOrderStartsConfirmedAndIsPaidOnDelivery() {
        PaymentMethod cod = PaymentMethod.CASH_ON_DELIVERY;
        assertEquals(CONFIRMED, cod.initialStatus());
        for (int i = 0; i + 1 < CASH_ON_DELIVERY_PATH.size(); i++) {
            OrderStatus from = CASH_ON_DELIVERY_PATH.get(i);
            OrderStatus to = CASH_ON_DELIVERY_PATH.get(i + 1);
            assertTrue(from.next(cod).contains(to), () -> "cash on delivery: " + from + " → " + to);
        }
    }

    @Test
    void aPrepaidOrderCannotBePaidOnDeliveryNorShippedUnpaid() {
        PaymentMethod bank = PaymentMethod.BANK_TRANSFER;
        assertFalse(DELIVERED.next(bank).contains(PAID));
        assertFalse(AWAITING_PAYMENT.next(bank).contains(SHIPPED));
        assertFalse(AWAITING_PAYMENT.next(bank).contains(CONFIRMED));
    }

    @Test
    void aCashOnDeliveryOrderPaidAtTheDoorDoesNotShipAgainAndCompletesOnlyOncePaid() {
        PaymentMethod cod = PaymentMethod.CASH_ON_DELIVERY;
        assertFalse(PAID.next(cod).contains(SHIPPED));
        assertFalse(DELIVERED.next(cod).contains(COMPLETED));
        assertFalse(CONFIRMED.next(cod).contains(PAID));
    }

    @ParameterizedTest
    @EnumSource(PaymentMethod.class)
    void expiredCancelledAndRefundedAreEnds(PaymentMethod method) {
        for (OrderStatus end : EnumSet.of(CANCELLED, REFUNDED)) {
            assertEquals(Set.of(), end.next(method), () -> end + " for " + method);
        }
        assertEquals(
                method == PaymentMethod.STRIPE ? Set.of(PAID) : Set.of(),
                EXPIRED.next(method),
                "only a late online payment leads out of EXPIRED");
    }

    @ParameterizedTest
    @EnumSource(PaymentMethod.class)
    void noStatusLeadsBackToItself(PaymentMethod method) {
        for (OrderStatus status : OrderStatus.values()) {
            assertFalse(status.next(method).contains(status), () -> status + " for " + method);
        }
    }

    @Test
    void onlyAnUnpaidOrderCanExpire() {
        for (PaymentMethod method : PaymentMethod.values()) {
            for (OrderStatus status : OrderStatus.values()) {
                assertEquals(
                        status == AWAITING_PAYMENT,
                        status.next(method).contains(EXPIRED),
                        () -> status + " for " + method);
            }
        }
    }

    @Test
    void onlyUnshippedOrdersCanBeCancelled() {
        for (PaymentMethod method : PaymentMethod.values()) {
            for (OrderStatus status : EnumSet.of(SHIPPED, DELIVERED, COMPLETED)) {
                assertFalse(status.next(method).contains(CANCELLED), () -> status + " for " + method);
            }
        }
        assertTrue(AWAITING_PAYMENT.next(PaymentMethod.BANK_TRANSFER).contains(CANCELLED));
        assertTrue(CONFIRMED.next(PaymentMethod.CASH_ON_DELIVERY).contains(CANCELLED));
    }

    @Test
    void onlyAnOrderWaitingForPaymentOrConfirmedHoldsStock() {
        assertEquals(
                EnumSet.of(AWAITING_PAYMENT, CONFIRMED),
                EnumSet.copyOf(List.of(OrderStatus.values()).stream()
                        .filter(OrderStatus::holdsReservation)
                        .toList()));
    }
}
