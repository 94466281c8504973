package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One order as the orders list shows it (kept with the view, so plain values). */
public record OrderRow(
        String number,
        Instant placedAt,
        OrderStatus status,
        PaymentMethod paymentMethod,
        String total,
        String buyer,
        String province,
        String city,
        List<Part> parts)
        implements Serializable {

    /** One cooperative's part of the order and where it stands. */
    public record Part(long cooperativeId, PartStatus status) implements Serializable {}

    static OrderRow of(CustomerOrder o) {
        return new OrderRow(
                o.number(),
                o.placedAt(),
                o.status(),
                o.paymentMethod(),
                o.total().toDecimalString(),
                o.contact().name(),
                o.shippingAddress().province(),
                o.shippingAddress().city(),
                o.parts().stream()
                        .map(p -> new Part(p.cooperativeId(), p.status()))
                        .toList());
    }

    /** The parts as one text, for the exports: the cooperatives, with their parts' status when asked. */
    public String partsText(Function<Long, String> cooperativeName, boolean withStatus) {
        return parts.stream()
                .map(p -> cooperativeName.apply(p.cooperativeId())
                        + (withStatus ? ": " + PageMessages.text("part." + p.status()) : ""))
                .collect(Collectors.joining("; "));
    }
}
