package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.ordering.OrderPart;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Delivery confirmed: the buyer signed for her parcel (the carrier's report, or the buyer told the cooperative or
 * her broker). A cooperative's manager confirms her own shipped part; the order's broker — who follows her orders
 * to delivery — and federation staff confirm every shipped part at once. When every part that was not cancelled is
 * delivered, the order is DELIVERED (a cash-on-delivery order then waits for its payment). An order the caller does
 * not handle is "not found", as everywhere in the back office.
 */
@ApplicationScoped
@Transactional
public class OrderDeliveries {

    private static final ZoneId CHINA = MarketTime.ZONE;

    private EntityManager em;
    private Clock clock;

    protected OrderDeliveries() {
        // for CDI proxies
    }

    @Inject
    public OrderDeliveries(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** {@code deliveredOn} null means today (China); it cannot be in the future. */
    public CustomerOrder confirmDelivered(Actor actor, String number, LocalDate deliveredOn) {
        CustomerOrder order = find(actor, number);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate day = deliveredOn == null ? today : deliveredOn;
        if (day.isAfter(today)) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "A delivery cannot be confirmed for a day to come.",
                    List.of(new FieldViolation("deliveredOn", "cannot be in the future")));
        }
        List<OrderPart> parts = actor.is(Role.COOP_MANAGER)
                ? List.of(order.partOf(actor.cooperativeId()).orElseThrow())
                : order.parts().stream().filter(OrderPart::mayBeDelivered).toList();
        if (parts.isEmpty() || !parts.stream().allMatch(OrderPart::mayBeDelivered)) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    actor.is(Role.COOP_MANAGER)
                            ? "Your part of order " + number + " is "
                                    + parts.get(0).status() + "; only a shipped part can be delivered."
                            : "Order " + number + " has no shipped part waiting for delivery.");
        }
        String note = "delivered on " + day;
        try {
            for (OrderPart part : parts) {
                part.moveTo(PartStatus.DELIVERED, actor.username(), note, clock.instant());
            }
            if (order.allPartsDelivered() && order.status() == OrderStatus.SHIPPED) {
                order.moveTo(OrderStatus.DELIVERED, actor.username(), "every part delivered", clock.instant());
            }
        } catch (InvalidTransitionException e) {
            throw new RequestRefusedException(Reason.INVALID_STATE, e.getMessage());
        }
        em.flush();
        return order;
    }

    private CustomerOrder find(Actor actor, String number) {
        // a delivery and a shipment or payment of the same order at once: the second waits and sees the first's result
        return OrderAccess.find(em, number, order -> OrderAccess.handledBy(actor, order), true);
    }
}
