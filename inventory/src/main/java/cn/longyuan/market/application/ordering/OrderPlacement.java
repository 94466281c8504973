package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.payment.OnlinePayments;
import cn.longyuan.market.application.resilience.RetriedWhenTheDatabaseRestarts;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places an order once per Idempotency-Key, also when the same request arrives twice at the same moment
 * (a double tap, a client's retry after a timeout). The first request's transaction claims the key; the
 * other fails on the key's unique index when the first commits, and is then answered the first's order
 * from a new transaction — the failed transaction could not be used for that.
 * <p>
 * An order paid online is placed only where online payment is offered; once placed (its stock held), its
 * PaymentIntent is made in a transaction of its own. When the provider fails the order is kept and the
 * caller is answered UNAVAILABLE: the same request again (same key) answers the same order and tries the
 * payment again.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());

    private OrderService orders;
    private OnlinePayments payments;
    private BuyerOrders buyerOrders;

    protected OrderPlacement() {
        // for CDI proxies
    }

    /**
     * {@code buyerOrders} places the order, recording who placed it and in which language, and announces it for its
     * e-mail; {@code orders} answers a concurrent request's key; {@code payments} says whether online payment is
     * offered (its gateway has a key) and makes an online order's PaymentIntent.
     */
    @Inject
    public OrderPlacement(OrderService orders, OnlinePayments payments, BuyerOrders buyerOrders) {
        this.orders = orders;
        this.payments = payments;
        this.buyerOrders = buyerOrders;
    }

    /** Whether buyers may choose {@link PaymentMethod#STRIPE} here. */
    public boolean offersOnlinePayment() {
        return payments.isOffered();
    }

    @RetriedWhenTheDatabaseRestarts
    public OrderService.PlacedOrder place(PlaceOrderCommand command, String idempotencyKey, String requestHash) {
        return place(command, idempotencyKey, requestHash, BuyerOrders.Origin.guest(null));
    }

    /** Made again when the database dropped its connection under it: the key makes a second attempt the same order. */
    @RetriedWhenTheDatabaseRestarts
    public OrderService.PlacedOrder place(
            PlaceOrderCommand command, String idempotencyKey, String requestHash, BuyerOrders.Origin origin) {
        if (command.paymentMethod() == PaymentMethod.STRIPE && !offersOnlinePayment()) {
            throw RequestRefusedException.invalid(
                    "paymentMethod", "online payment is not available here; choose BANK_TRANSFER or CASH_ON_DELIVERY");
        }
        OrderService.PlacedOrder placed = placeOnce(command, idempotencyKey, requestHash, origin);
        // a replay of an order whose intent exists needs no provider call (and its order may be paid by now)
        if (placed.order().paymentMethod() == PaymentMethod.STRIPE
                && payments.formOf(placed.order().number()).isEmpty()) {
            payments.prepare(placed.order().number());
        }
        return placed;
    }

    private OrderService.PlacedOrder placeOnce(
            PlaceOrderCommand command, String idempotencyKey, String requestHash, BuyerOrders.Origin origin) {
        try {
            return buyerOrders.place(command, idempotencyKey, requestHash, origin);
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
