package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.domain.model.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The online payment of an order: one PaymentIntent per order, made by the server from the order's own
 * total (in fen, CNY) with an idempotency key derived from the order number, so that a retry after a timeout
 * finds the intent Stripe may already have made. The order row is locked while the intent is made, so two
 * retries at once make one. When the provider fails, nothing is recorded, the order keeps its stock, and the
 * caller is told to try again (503 UNAVAILABLE).
 */
@ApplicationScoped
@Transactional
public class OnlinePayments {

    public static final String CURRENCY = "cny";

    private EntityManager em;
    private PaymentGateway gateway;
    private Clock clock;

    protected OnlinePayments() {
        // for CDI proxies
    }

    @Inject
    public OnlinePayments(@MarketDatabase EntityManager em, PaymentGateway gateway, Clock clock) {
        this.em = em;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** What the buyer's browser needs to pay: the intent's client secret and the provider's publishable key. */
    public record PaymentForm(
            String orderNumber,
            String intentId,
            String clientSecret,
            String publishableKey,
            long amountFen,
            String currency,
            PaymentStatus status) {}

    /** Whether buyers may choose to pay online here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOffered() {
        return gateway.isAvailable();
    }

    /** The idempotency key of an order's PaymentIntent: the same order always asks for the same intent. */
    public static String intentKey(String orderNumber) {
        return "longyuan-order-" + orderNumber + "-payment-intent";
    }

    /**
     * The payment form of an unpaid STRIPE order: its intent, made now if it has none yet.
     */
    public PaymentForm prepare(String orderNumber) {
        CustomerOrder order = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", orderNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RequestRefusedException.notFound("No order " + orderNumber + "."));
        if (order.paymentMethod() != PaymentMethod.STRIPE) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + orderNumber + " is paid by " + order.paymentMethod() + ", not online.");
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        if (order.status() != OrderStatus.AWAITING_PAYMENT) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Order " + orderNumber + " is " + order.status() + "; no payment is awaited.");
        }
        Optional<Payment> existing = paymentOf(order.id());
        if (existing.isPresent()) {
            return form(orderNumber, existing.get());
        }
        if (!gateway.isAvailable()) {
            throw new RequestRefusedException(Reason.UNAVAILABLE, "Online payment is not available at the moment.");
        }
        PaymentGateway.Intent intent;
        try {
            intent = gateway.createIntent(new PaymentGateway.IntentRequest(
                    orderNumber, order.total().fen(), CURRENCY, intentKey(orderNumber)));
        } catch (PaymentGatewayException e) {
            throw unavailable(orderNumber, e);
        }
        if (intent.amountFen() != order.total().fen() || !CURRENCY.equalsIgnoreCase(intent.currency())) {
            throw new RequestRefusedException(
                    Reason.UNAVAILABLE,
                    "The payment provider answered "
                            + intent.amountFen() + " " + intent.currency() + " for order " + orderNumber
                            + "; it was not recorded. Please try again later.");
        }
        Payment payment = new Payment(
                order.id(),
                gateway.provider(),
                intent.id(),
                intent.clientSecret(),
                order.total(),
                CURRENCY,
                clock.instant());
        em.persist(payment);
        em.flush();
        return form(orderNumber, payment);
    }

    /** The payment form already made for an order, if any (read only: it never calls the provider). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PaymentForm> formOf(String orderNumber) {
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", orderNumber)
                .getResultStream()
                .findFirst()
                .flatMap(order -> paymentOf(order.id()))
                .map(payment -> form(orderNumber, payment));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> publishableKey() {
        return gateway.publishableKey();
    }

    static RequestRefusedException unavailable(String orderNumber, PaymentGatewayException e) {
        String what = switch (e.kind()) {
            case DECLINED -> "The payment was declined (" + e.getMessage() + ").";
            case UNAVAILABLE -> "The payment service did not answer in time.";
            case REJECTED -> "The payment service could not take this payment.";
        };
        return new RequestRefusedException(
                Reason.UNAVAILABLE,
                what + " Order " + orderNumber
                        + " is kept with its pieces reserved: please try to pay again in a moment.");
    }

    private Optional<Payment> paymentOf(long orderId) {
        return em.createNamedQuery(Payment.OF_ORDER, Payment.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst();
    }

    private PaymentForm form(String orderNumber, Payment payment) {
        return new PaymentForm(
                orderNumber,
                payment.providerRef(),
                payment.clientSecret(),
                gateway.publishableKey().orElse(null),
                payment.amount().fen(),
                payment.currency(),
                payment.status());
    }
}
