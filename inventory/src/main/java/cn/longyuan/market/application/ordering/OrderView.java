package cn.longyuan.market.application.ordering;

import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/**
 * An order as read at one moment, complete and detached from the persistence context, for the interfaces
 * to show. {@code status} is the status being answered: a replayed placement answers the status it first
 * answered. {@code gift} is null for an order that is not a gift.
 */
public record OrderView(
        String number,
        OrderStatus status,
        PaymentMethod paymentMethod,
        Instant placedAt,
        Instant expiresAt,
        Contact contact,
        ShippingAddress shippingAddress,
        Money subtotal,
        Money deliveryFee,
        Money total,
        List<Line> lines,
        List<Part> parts,
        List<Change> history,
        Gift gift) {

    public record Line(
            int lineNo,
            long productId,
            long cooperativeId,
            BilingualText name,
            int quantity,
            Money unitPrice,
            Money lineTotal) {}

    public record Part(
            long cooperativeId,
            BilingualText cooperativeName,
            String status,
            Money subtotal,
            Money deliveryFee,
            List<ShipmentView> shipments) {}

    public record ShipmentView(String carrier, String trackingNumber, Instant shippedAt) {}

    public record Change(Long cooperativeId, String from, String to, String actor, String note, Instant at) {}

    public boolean isGift() {
        return gift != null;
    }

    /** Whether its buyer may still cancel it herself (the rule is {@link CustomerOrder#mayBeCancelledByBuyer}). */
    public boolean mayBeCancelledByBuyer() {
        return CustomerOrder.mayBeCancelledByBuyer(
                status,
                parts.stream()
                        .map(p -> cn.longyuan.market.domain.model.ordering.PartStatus.valueOf(p.status()))
                        .toList());
    }

    public static OrderView of(
            CustomerOrder order, OrderStatus answeredStatus, LongFunction<BilingualText> cooperativeNames) {
        return new OrderView(
                order.number(),
                answeredStatus,
                order.paymentMethod(),
                order.placedAt(),
                order.expiresAt(),
                order.contact(),
                order.shippingAddress(),
                order.subtotal(),
                order.deliveryFee(),
                order.total(),
                order.lines().stream()
                        .map(l -> new Line(
                                l.lineNo(),
                                l.productId(),
                                l.cooperativeId(),
                                l.name(),
                                l.quantity(),
                                l.unitPrice(),
                                l.lineTotal()))
                        .toList(),
                order.parts().stream()
                        .map(p -> new Part(
                                p.cooperativeId(),
                                cooperativeNames.apply(p.cooperativeId()),
                                p.status().name(),
                                p.subtotal(),
                                p.deliveryFee(),
                                p.shipments().stream()
                                        .map(s -> new ShipmentView(s.carrier(), s.trackingNumber(), s.shippedAt()))
                                        .toList()))
                        .toList(),
                order.history().stream()
                        .map(h -> new Change(
                                h.cooperativeId(), h.fromStatus(), h.toStatus(), h.actor(), h.note(), h.occurredAt()))
                        .toList(),
                order.gift().orElse(null));
    }
}
