package cn.longyuan.market.domain.model.ordering;

import static cn.longyuan.market.domain.model.ordering.DeliveryFeePolicyTest.HAMBURG;
import static cn.longyuan.market.domain.model.ordering.DeliveryFeePolicyTest.JINCHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

    private static final Instant PLACED = Instant.parse("2026-11-29T02:00:00Z");
    private static final Instant EXPIRES = PLACED.plus(Duration.ofMinutes(30));
    private static final Contact WANG = new Contact("王芳", "13912345678", "wang@example.cn");
    private static final long NINGYUANPU = 7;
    private static final long SHUANGWAN = 3;

    @Test
    void aCashOnDeliveryOrderStartsConfirmedAndNeverExpires() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, JINCHANG, sachet(NINGYUANPU, 1));

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertNull(order.expiresAt());
        assertFalse(order.isOverdue(EXPIRES.plus(Duration.ofDays(30))));
    }

    @Test
    void aBankTransferOrderAwaitsPaymentAndIsOverdueOnlyAfterItsExpiry() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 1));

        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals(EXPIRES, order.expiresAt());
        assertFalse(order.isOverdue(EXPIRES));
        assertTrue(order.isOverdue(EXPIRES.plusSeconds(1)));
    }

    @Test
    void anOrderHasAtLeastOneLine() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerOrder(
                        "LY261129-AAAAAA",
                        PaymentMethod.BANK_TRANSFER,
                        WANG,
                        JINCHANG,
                        List.of(),
                        "hash",
                        PLACED,
                        EXPIRES,
                        "buyer"));
    }

    @Test
    void anOrderHasOnePartPerCooperativeWithThatCooperativesSubtotal() {
        CustomerOrder order = order(
                PaymentMethod.BANK_TRANSFER,
                JINCHANG,
                sachet(NINGYUANPU, 2),
                paperCut(SHUANGWAN, 1),
                sachet(SHUANGWAN, 1),
                paperCut(NINGYUANPU, 3));

        assertEquals(2, order.parts().size());
        assertEquals(
                Money.parse("212.50"), order.partOf(NINGYUANPU).orElseThrow().subtotal()); // 2 × 68.00 + 3 × 25.50
        assertEquals(Money.parse("93.50"), order.partOf(SHUANGWAN).orElseThrow().subtotal()); // 25.50 + 68.00
        assertTrue(order.partOf(99).isEmpty());
        order.parts().forEach(part -> assertEquals(PartStatus.PENDING, part.status()));
    }

    @Test
    void theTotalIsTheSubtotalPlusTheDeliveryFeesOfAllParts() {
        CustomerOrder order =
                order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 3), paperCut(SHUANGWAN, 1));

        assertEquals(Money.parse("229.50"), order.subtotal());
        // Ningyuanpu's part (204.00) ships free, Shuangwan's (25.50) pays 12.00
        assertEquals(Money.parse("12.00"), order.deliveryFee());
        assertEquals(Money.parse("241.50"), order.total());
        assertEquals(
                order.subtotal(),
                order.parts().stream().map(OrderPart::subtotal).reduce(Money.ZERO, Money::plus));
        assertEquals(
                order.deliveryFee(),
                order.parts().stream().map(OrderPart::deliveryFee).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void theDeliveryFeeIsChargedPerPartNotOnTheWholeOrder() {
        // 136.00 + 76.50 is over 199.00 together, but each cooperative ships its own parcel below the threshold
        CustomerOrder order =
                order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 2), paperCut(SHUANGWAN, 3));

        assertEquals(Money.parse("24.00"), order.deliveryFee());
        assertEquals(Money.parse("236.50"), order.total());
    }

    @Test
    void aPartOf199YuanShipsFreeAndOneFenLessDoesNot() {
        Money justFree = Money.parse("199.00");
        Money oneFenShort = Money.parse("198.99");

        assertEquals(
                Money.ZERO,
                order(PaymentMethod.BANK_TRANSFER, JINCHANG, line(NINGYUANPU, 1, justFree))
                        .deliveryFee());
        assertEquals(
                Money.parse("12.00"),
                order(PaymentMethod.BANK_TRANSFER, JINCHANG, line(NINGYUANPU, 1, oneFenShort))
                        .deliveryFee());
    }

    @Test
    void everyPartGoingAbroadPays90YuanEvenAboveTheFreeThreshold() {
        CustomerOrder order =
                order(PaymentMethod.BANK_TRANSFER, HAMBURG, sachet(NINGYUANPU, 5), paperCut(SHUANGWAN, 1));

        assertEquals(Money.parse("180.00"), order.deliveryFee());
        assertEquals(Money.parse("545.50"), order.total()); // 340.00 + 25.50 + 2 × 90.00
    }

    @Test
    void linesKeepTheUnitPriceAndNameOfTheirDraftsInOrder() {
        CustomerOrder order = order(
                PaymentMethod.BANK_TRANSFER,
                JINCHANG,
                line(NINGYUANPU, 2, Money.parse("59.90")),
                paperCut(SHUANGWAN, 4));

        assertEquals(
                List.of(1, 2), order.lines().stream().map(OrderLine::lineNo).toList());
        OrderLine first = order.lines().get(0);
        assertEquals(Money.parse("59.90"), first.unitPrice());
        assertEquals(Money.parse("119.80"), first.lineTotal());
        assertEquals(new BilingualText("端午香包", "Dragon Boat sachet"), first.name());
        assertEquals(NINGYUANPU, first.cooperativeId());
        OrderLine second = order.lines().get(1);
        assertEquals(Money.parse("25.50"), second.unitPrice());
        assertEquals(4, second.quantity());
        assertEquals(2L, second.productId());
    }

    @Test
    void placingAnOrderIsItsFirstHistoryEntry() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, JINCHANG, sachet(NINGYUANPU, 1));

        assertEquals(1, order.history().size());
        StatusChange placed = order.history().get(0);
        assertNull(placed.fromStatus());
        assertEquals("CONFIRMED", placed.toStatus());
        assertEquals("buyer", placed.actor());
        assertEquals(PLACED, placed.occurredAt());
        assertNull(placed.cooperativeId());
    }

    @Test
    void aMoveRecordsWhoMovedTheOrderFromWhereToWhereAndWhen() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 1));
        Instant paidAt = PLACED.plus(Duration.ofMinutes(10));

        order.moveTo(OrderStatus.PAID, "staff:zhao", "transfer received", paidAt);

        assertEquals(OrderStatus.PAID, order.status());
        assertEquals(2, order.history().size());
        StatusChange paid = order.history().get(1);
        assertEquals("staff:zhao", paid.actor());
        assertEquals("AWAITING_PAYMENT", paid.fromStatus());
        assertEquals("PAID", paid.toStatus());
        assertEquals("transfer received", paid.note());
        assertEquals(paidAt, paid.occurredAt());
    }

    @Test
    void aPaidOrderNoLongerExpires() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 1));

        order.moveTo(OrderStatus.PAID, "staff:zhao", null, PLACED.plusSeconds(60));

        assertNull(order.expiresAt());
        assertFalse(order.isOverdue(EXPIRES.plus(Duration.ofDays(1))));
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 1));

        assertThrows(
                InvalidTransitionException.class,
                () -> order.moveTo(OrderStatus.SHIPPED, "staff:zhao", null, PLACED.plusSeconds(60)));

        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals(1, order.history().size());
        assertEquals(EXPIRES, order.expiresAt());
    }

    @Test
    void anExpiredOrderCannotBePaidAnyMore() {
        CustomerOrder order = order(PaymentMethod.BANK_TRANSFER, JINCHANG, sachet(NINGYUANPU, 1));
        order.moveTo(OrderStatus.EXPIRED, "system:expiry", null, EXPIRES.plusSeconds(1));

        assertThrows(
                InvalidTransitionException.class,
                () -> order.moveTo(OrderStatus.PAID, "staff:zhao", null, EXPIRES.plusSeconds(2)));
        assertEquals(OrderStatus.EXPIRED, order.status());
    }

    @Test
    void aCashOnDeliveryOrderWalksItsWholeLifeAndKeepsEveryStep() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_DELIVERY, JINCHANG, sachet(NINGYUANPU, 1));
        Instant at = PLACED;
        for (OrderStatus next :
                List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PAID, OrderStatus.COMPLETED)) {
            at = at.plus(Duration.ofHours(1));
            order.moveTo(next, "staff:zhao", null, at);
        }

        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals(
                List.of("CONFIRMED", "SHIPPED", "DELIVERED", "PAID", "COMPLETED"),
                order.history().stream().map(StatusChange::toStatus).toList());
        assertEquals(
                List.of("CONFIRMED", "SHIPPED", "DELIVERED", "PAID"),
                order.history().stream().skip(1).map(StatusChange::fromStatus).toList());
    }

    @Test
    void aPartMoveIsRecordedInTheOrdersHistoryWithItsCooperative() {
        CustomerOrder order =
                order(PaymentMethod.CASH_ON_DELIVERY, JINCHANG, sachet(NINGYUANPU, 1), paperCut(SHUANGWAN, 1));
        OrderPart part = order.partOf(SHUANGWAN).orElseThrow();

        part.ship("顺丰", "SF1234567890", "coop:shuangwan", PLACED.plusSeconds(3600));

        assertEquals(PartStatus.SHIPPED, part.status());
        assertEquals(1, part.shipments().size());
        StatusChange shipped = order.history().get(order.history().size() - 1);
        assertEquals(SHUANGWAN, shipped.cooperativeId());
        assertEquals("PENDING", shipped.fromStatus());
        assertEquals("SHIPPED", shipped.toStatus());
        assertEquals("coop:shuangwan", shipped.actor());
        assertThrows(
                InvalidTransitionException.class, () -> part.moveTo(PartStatus.PACKED, "coop:shuangwan", null, PLACED));
    }

    private static CustomerOrder order(PaymentMethod method, ShippingAddress address, OrderLine.Draft... drafts) {
        return new CustomerOrder(
                "LY261129-7KQ4MX", method, WANG, address, List.of(drafts), "hash", PLACED, EXPIRES, "buyer");
    }

    private static OrderLine.Draft sachet(long cooperativeId, int quantity) {
        return line(cooperativeId, quantity, Money.parse("68.00"));
    }

    private static OrderLine.Draft line(long cooperativeId, int quantity, Money unitPrice) {
        return new OrderLine.Draft(
                1, cooperativeId, new BilingualText("端午香包", "Dragon Boat sachet"), quantity, unitPrice);
    }

    private static OrderLine.Draft paperCut(long cooperativeId, int quantity) {
        return new OrderLine.Draft(
                2, cooperativeId, new BilingualText("窗花剪纸", "Window paper-cut"), quantity, Money.parse("25.50"));
    }
}
