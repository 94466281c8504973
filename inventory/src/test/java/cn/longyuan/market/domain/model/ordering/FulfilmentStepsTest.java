package cn.longyuan.market.domain.model.ordering;

import static cn.longyuan.market.domain.model.ordering.DeliveryFeePolicyTest.JINCHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an order is ready to ship, when a payment is awaited, and which step a cooperative's part may take when. */
public class FulfilmentStepsTest {

    private static final Instant AT = Instant.parse("2026-11-29T02:00:00Z");
    private static final long NINGYUANPU = 7;
    private static final long SHUANGWAN = 3;

    @Test
    void aBankTransferOrderIsReadyToShipOnlyOncePaid() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, NINGYUANPU);
        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();

        assertFalse(order.isReadyToShip());
        assertTrue(order.awaitsPayment());
        assertFalse(part.mayBePacked());
        assertFalse(part.mayBeShipped());
        assertTrue(part.mayBeCancelled(), "an unpaid order may be called off");

        order.moveTo(OrderStatus.PAID, "staff", "received", AT);

        assertTrue(order.isReadyToShip());
        assertFalse(order.awaitsPayment());
        assertTrue(part.mayBePacked());
        assertTrue(part.mayBeShipped());
        assertTrue(part.mayBeCancelled(), "paid, the cooperative may still cancel (and refund)");
    }

    @Test
    void aPrepaidOrderMayBeRefundedFromItsPaymentOnUntilItIsCompleted() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, NINGYUANPU);
        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();
        assertFalse(order.mayBeRefunded(), "nothing was paid");

        order.moveTo(OrderStatus.PAID, "staff", "received", AT);
        assertTrue(order.mayBeRefunded());
        part.ship("顺丰", "SF2", "coop", AT);
        order.moveTo(OrderStatus.SHIPPED, "coop", null, AT);
        assertTrue(order.mayBeRefunded());
        part.moveTo(PartStatus.DELIVERED, "coop", null, AT);
        order.moveTo(OrderStatus.DELIVERED, "coop", null, AT);
        assertTrue(order.mayBeRefunded());
        order.moveTo(OrderStatus.COMPLETED, "buyer", null, AT);
        assertTrue(order.mayBeRefunded());
        order.moveTo(OrderStatus.REFUNDED, "staff", null, AT);
        assertFalse(order.mayBeRefunded(), "refunded already");
    }

    @Test
    void aCashOnDeliveryOrderMayBeRefundedOnlyOnceItsCashCameIn() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, NINGYUANPU);
        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();
        assertFalse(order.mayBeRefunded(), "confirmed, nothing paid");

        part.ship("顺丰", "SF3", "coop", AT);
        order.moveTo(OrderStatus.SHIPPED, "coop", null, AT);
        assertFalse(order.mayBeRefunded(), "on its way, the cash not yet paid");
        part.moveTo(PartStatus.DELIVERED, "coop", null, AT);
        order.moveTo(OrderStatus.DELIVERED, "coop", null, AT);
        assertFalse(order.mayBeRefunded(), "delivered, the cash not yet counted in");

        order.moveTo(OrderStatus.PAID, "staff", "cash", AT);
        assertTrue(order.mayBeRefunded());
    }

    @Test
    void aConfirmedCashOnDeliveryOrderShipsAtOnceAndAwaitsItsPaymentOnlyAfterDelivery() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, NINGYUANPU);
        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();

        assertTrue(order.isReadyToShip());
        assertFalse(order.awaitsPayment());
        assertTrue(part.mayBePacked());

        part.ship("顺丰", "SF1", "coop", AT);
        order.moveTo(OrderStatus.SHIPPED, "coop", null, AT);
        assertFalse(order.isReadyToShip());
        assertFalse(order.awaitsPayment(), "the cash comes with the delivery");
        part.moveTo(PartStatus.DELIVERED, "coop", null, AT);
        order.moveTo(OrderStatus.DELIVERED, "coop", null, AT);
        assertTrue(order.awaitsPayment());

        order.moveTo(OrderStatus.PAID, "staff", "cash", AT);
        assertFalse(order.awaitsPayment());
        assertFalse(order.isReadyToShip(), "PAID after delivery, unlike a prepaid order: nothing is left to ship");
        assertFalse(part.mayBeShipped(), "paid after delivery: its part has left");
        assertFalse(order.mayMoveTo(OrderStatus.CANCELLED));
    }

    @Test
    void aPackedPartShipsButIsNotPackedAgainAndOnceShippedItIsDeliveredOrComesBackButIsNotCancelled() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, NINGYUANPU);
        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();
        assertFalse(part.mayBeDelivered());
        assertFalse(part.mayTakeReturns());

        part.moveTo(PartStatus.PACKED, "coop", "packed", AT);
        assertFalse(part.mayBePacked());
        assertTrue(part.mayBeShipped());
        assertTrue(part.mayBeCancelled());

        part.ship("顺丰", "SF1", "coop", AT);
        assertFalse(part.mayBeShipped());
        assertFalse(part.mayBeCancelled());
        assertTrue(part.mayBeDelivered());
        assertTrue(part.mayTakeReturns());

        part.moveTo(PartStatus.DELIVERED, "coop", null, AT);
        assertFalse(part.mayBeDelivered());
        assertTrue(part.mayTakeReturns());

        part.moveTo(PartStatus.RETURNED, "coop", null, AT);
        assertFalse(part.mayTakeReturns());
    }

    @Test
    void aPartOfAnOrderThatCannotBeCancelledAnyMoreIsNotCancelledEither() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, NINGYUANPU);
        order.moveTo(OrderStatus.EXPIRED, "system", null, AT);

        OrderPart part = order.partOf(NINGYUANPU).orElseThrow();
        assertTrue(part.status().isOpenWork());
        assertFalse(part.mayBeCancelled());
        assertFalse(part.mayBeShipped());
    }

    @Test
    void aPartIsRefundedWhenItsPiecesOrTheWholeOrderWereAndThenNothingIsPacked() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, NINGYUANPU, SHUANGWAN);
        order.moveTo(OrderStatus.PAID, "staff", null, AT);
        OrderPart ningyuanpu = order.partOf(NINGYUANPU).orElseThrow();
        OrderPart shuangwan = order.partOf(SHUANGWAN).orElseThrow();

        ningyuanpu.moveTo(PartStatus.REFUNDED, "staff", null, AT);
        assertTrue(ningyuanpu.isRefunded());
        assertFalse(ningyuanpu.mayBePacked());
        assertFalse(shuangwan.isRefunded());
        assertFalse(order.isRefunded());

        order.moveTo(OrderStatus.REFUNDED, "staff", null, AT);
        assertTrue(order.isRefunded());
        assertTrue(shuangwan.isRefunded(), "its part is PENDING still, but nothing of it is to be sent");
        assertFalse(shuangwan.mayBePacked());
    }

    @Test
    void everyPartIsDeliveredWhenThoseNotCalledOffAre() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, NINGYUANPU, SHUANGWAN);
        OrderPart ningyuanpu = order.partOf(NINGYUANPU).orElseThrow();
        OrderPart shuangwan = order.partOf(SHUANGWAN).orElseThrow();

        shuangwan.moveTo(PartStatus.CANCELLED, "coop", null, AT);
        ningyuanpu.ship("顺丰", "SF1", "coop", AT);
        assertFalse(order.allPartsDelivered());

        ningyuanpu.moveTo(PartStatus.DELIVERED, "coop", null, AT);
        assertTrue(order.allPartsDelivered());
    }

    @Test
    void aCooperativesLinesAreThoseOfItsPart() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, NINGYUANPU, SHUANGWAN, NINGYUANPU);

        assertEquals(
                List.of(1, 3),
                order.linesOf(NINGYUANPU).stream().map(OrderLine::lineNo).toList());
        assertEquals(
                List.of(2),
                order.linesOf(SHUANGWAN).stream().map(OrderLine::lineNo).toList());
        assertTrue(order.linesOf(99).isEmpty());
    }

    /** An order with one line per cooperative given (a cooperative twice: two lines of its part). */
    public static CustomerOrder order(PaymentMethod method, long... cooperatives) {
        List<OrderLine.Draft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < cooperatives.length; i++) {
            drafts.add(new OrderLine.Draft(
                    i + 1, cooperatives[i], new BilingualText("端午香包", "Dragon Boat sachet"), 1, Money.parse("68.00")));
        }
        return new CustomerOrder(
                "LY261129-7KQ4MX",
                method,
                new Contact("王芳", "13912345678", "wang@example.cn"),
                JINCHANG,
                drafts,
                "hash",
                AT,
                AT.plusSeconds(1800),
                "buyer");
    }
}
