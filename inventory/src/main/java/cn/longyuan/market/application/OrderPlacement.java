package cn.longyuan.market.application;

import cn.longyuan.market.application.buying.BuyerOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places an order once per Idempotency-Key, also when the same request arrives twice at the same moment
 * (a double tap, a client's retry after a timeout). The first request's transaction claims the key; the
 * other fails on the key's unique index when the first commits, and is then answered the first's order
 * from a new transaction — the failed transaction could not be used for that.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());

    private OrderService orders;
    private BuyerOrders buyerOrders;

    protected OrderPlacement() {
        // for CDI proxies
    }

    public OrderPlacement(OrderService orders) {
        this(orders, null);
    }

    /** With {@link BuyerOrders}, the order records who placed it and in which language, and sends its e-mail. */
    @Inject
    public OrderPlacement(OrderService orders, BuyerOrders buyerOrders) {
        this.orders = orders;
        this.buyerOrders = buyerOrders;
    }

    public OrderService.PlacedOrder place(PlaceOrderCommand command, String idempotencyKey, String requestHash) {
        return place(command, idempotencyKey, requestHash, BuyerOrders.Origin.guest(null));
    }

    public OrderService.PlacedOrder place(PlaceOrderCommand command, String idempotencyKey, String requestHash,
                                          BuyerOrders.Origin origin) {
        try {
            return buyerOrders == null ? orders.place(command, idempotencyKey, requestHash)
                    : buyerOrders.place(command, idempotencyKey, requestHash, origin);
        } catch (RequestRefusedException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (orders.isKeyAnswered(idempotencyKey)) {
                LOG.log(Level.FINE, "concurrent request with key {0} answered with the first order", idempotencyKey);
                return orders.replay(idempotencyKey, requestHash);
            }
            throw failure;
        }
    }
}
