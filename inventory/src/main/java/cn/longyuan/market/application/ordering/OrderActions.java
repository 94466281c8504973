package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.security.OrderAccess;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderPart;

/**
 * What a back-office user may do with an order now, by the rules that {@link BackOfficeOrders}, {@link
 * OrderFulfilment} and {@link OrderDeliveries} apply when she does it: a page offers a step exactly when its service
 * would take it. Packing, shipping, delivery, cancelling and returns are a cooperative's, on its own part.
 *
 * @param refunded every piece of her part (or of the whole order, for federation staff) was refunded: nothing is left
 *     to pack
 */
public record OrderActions(
        boolean confirmPayment,
        boolean pack,
        boolean ship,
        boolean confirmDelivery,
        boolean cancel,
        boolean returnPieces,
        boolean refunded) {

    public static OrderActions of(Actor actor, CustomerOrder order) {
        OrderPart part = ownPart(actor, order);
        boolean confirmPayment = order.awaitsPayment()
                && order.paymentMethod().isOffline()
                && OrderAccess.mayConfirmPayment(actor, order);
        if (part == null) {
            return new OrderActions(confirmPayment, false, false, false, false, false, order.isRefunded());
        }
        return new OrderActions(
                confirmPayment,
                part.mayBePacked(),
                part.mayBeShipped(),
                part.mayBeDelivered(),
                part.mayBeCancelled(),
                part.mayTakeReturns(),
                part.isRefunded());
    }

    /** A cooperative manager's part of the order; null for anybody else (and for an order without her part). */
    public static OrderPart ownPart(Actor actor, CustomerOrder order) {
        return actor.is(Role.COOP_MANAGER) ? order.partOf(actor.cooperativeId()).orElse(null) : null;
    }
}
