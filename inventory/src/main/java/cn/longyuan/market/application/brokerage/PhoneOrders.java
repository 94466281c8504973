package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A broker's phone order placed once per Idempotency-Key, also when her browser or script sends it twice at the
 * same moment: the second request fails on the key's unique index when the first commits, and is answered the
 * first's order from a new transaction (as {@code OrderPlacement} does for the shop).
 */
@ApplicationScoped
public class PhoneOrders {

    private BrokerDesk desk;

    protected PhoneOrders() {
        // for CDI proxies
    }

    @Inject
    public PhoneOrders(BrokerDesk desk) {
        this.desk = desk;
    }

    public OrderService.PlacedOrder place(
            Actor actor, PlaceOrderCommand command, String idempotencyKey, String requestHash) {
        try {
            return desk.placeForBuyer(actor, command, idempotencyKey, requestHash);
        } catch (RequestRefusedException refused) {
            throw refused;
        } catch (RuntimeException concurrentDuplicate) {
            // a new transaction: finds the committed key and answers its order, or fails as the first attempt did
            return desk.placeForBuyer(actor, command, idempotencyKey, requestHash);
        }
    }
}
