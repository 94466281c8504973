package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.List;
import java.util.Objects;

/**
 * A placed order as the buyer reads it, in the page's language, with the service's own figures. Who acted is
 * shown by role (buyer, system, staff), never by a staff member's account name. The gift message is the buyer's
 * own text: pages write it escaped, as text.
 */
public record OrderDisplay(
        String number,
        String statusCode,
        String status,
        String paymentMethod,
        String placedAt,
        String payBefore,
        List<Line> lines,
        String subtotal,
        String deliveryFee,
        String total,
        List<Part> parts,
        List<Change> history,
        boolean gift,
        String giftMessage) {

    public record Line(String name, int quantity, String unitPrice, String lineTotal) {}

    public record Part(
            String cooperative, String status, String subtotal, String deliveryFee, List<Shipment> shipments) {}

    public record Shipment(String carrier, String trackingNumber, String shippedAt) {}

    /** One step of the history: when, what it became (the order, or one cooperative's part), by whom. */
    public record Change(String at, String status, String part, String by, String note) {}

    public static OrderDisplay of(OrderView o) {
        return new OrderDisplay(
                o.number(),
                o.status().name(),
                orderStatus(o.status().name()),
                ShopTexts.text("payment." + o.paymentMethod().name()),
                ShopTexts.time(o.placedAt()),
                o.status() == OrderStatus.AWAITING_PAYMENT ? ShopTexts.time(o.expiresAt()) : null,
                o.lines().stream()
                        .map(l -> new Line(
                                ShopTexts.in(l.name()),
                                l.quantity(),
                                ShopTexts.price(l.unitPrice()),
                                ShopTexts.price(l.lineTotal())))
                        .toList(),
                ShopTexts.price(o.subtotal()),
                ShopTexts.price(o.deliveryFee()),
                ShopTexts.price(o.total()),
                o.parts().stream()
                        .map(p -> new Part(
                                ShopTexts.in(p.cooperativeName()),
                                partStatus(p.status()),
                                ShopTexts.price(p.subtotal()),
                                ShopTexts.price(p.deliveryFee()),
                                p.shipments().stream()
                                        .map(s -> new Shipment(
                                                s.carrier(), s.trackingNumber(), ShopTexts.time(s.shippedAt())))
                                        .toList()))
                        .toList(),
                o.history().stream().map(h -> change(o, h)).toList(),
                o.isGift(),
                o.isGift() && o.gift().hasMessage() ? o.gift().message() : null);
    }

    private static Change change(OrderView o, OrderView.Change h) {
        String part = h.cooperativeId() == null
                ? null
                : o.parts().stream()
                        .filter(p -> Objects.equals(p.cooperativeId(), h.cooperativeId()))
                        .map(p -> ShopTexts.in(p.cooperativeName()))
                        .findFirst()
                        .orElse(null);
        String status = h.cooperativeId() == null ? orderStatus(h.to()) : partStatus(h.to());
        return new Change(
                ShopTexts.time(h.at()),
                status,
                part,
                actor(h.actor()),
                isStaff(h.actor()) ? NoteTexts.of(h.note()) : null);
    }

    private static String orderStatus(String status) {
        return label("order.status.", status);
    }

    private static String partStatus(String status) {
        return label("part.status.", status);
    }

    private static String label(String prefix, String status) {
        return ShopTexts.hasText(prefix + status) ? ShopTexts.text(prefix + status) : status;
    }

    private static String actor(String actor) {
        if (actor == null) {
            return null;
        }
        if (actor.equals(OrderService.BUYER)) {
            return ShopTexts.text("history.by.buyer");
        }
        return isStaff(actor) ? ShopTexts.text("history.by.staff") : ShopTexts.text("history.by.system");
    }

    /**
     * A note is shown when a person wrote it (a reason for cancelling, say); the buyer's and the system's own
     * notes ("placed", "unpaid after PT30M") are the records' words, not the buyer's language.
     */
    private static boolean isStaff(String actor) {
        return actor != null && !actor.equals(OrderService.BUYER) && !actor.startsWith("system:");
    }
}
