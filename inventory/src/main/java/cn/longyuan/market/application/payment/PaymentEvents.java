package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.payment.PaymentGateway.WebhookEvent;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.domain.model.payment.PaymentEvent;
import cn.longyuan.market.domain.model.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the payment provider's webhook events do, each once. The event id is claimed (a primary key) in the
 * same transaction as its effect; a repeated delivery finds it and does nothing. The order row is locked
 * before its status is read — the expiry job locks it too — so a payment and an expiry never both act on
 * the stale status.
 * <ul>
 * <li>{@code payment_intent.succeeded}: the amount and currency must be the order's; the order becomes PAID
 * and its held pieces are sold. For an order that expired meanwhile, its pieces are held again if the stock
 * allows it and the order is paid; otherwise the money goes back to the buyer at once (refunded through the
 * provider) and the order stays EXPIRED.</li>
 * <li>{@code payment_intent.payment_failed}: the order keeps waiting; the buyer may try again.</li>
 * <li>{@code payment_intent.canceled}: an unpaid order is cancelled and its stock released.</li>
 * </ul>
 * An event that arrives after the payment reached an end (out of order, repeated under another id) changes
 * nothing: the payment's own status says what already happened.
 */
@ApplicationScoped
@Transactional
public class PaymentEvents {

    public static final String ACTOR = "system:stripe";
    private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());

    private EntityManager em;
    private StockService stock;
    private PaymentGateway gateway;
    private Clock clock;

    protected PaymentEvents() {
        // for CDI proxies
    }

    @Inject
    public PaymentEvents(@MarketDatabase EntityManager em, StockService stock, PaymentGateway gateway, Clock clock) {
        this.em = em;
        this.stock = stock;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** What an event did, as recorded with it. */
    public record Outcome(boolean duplicate, String text) {}

    /** Whether an event with this id has taken effect (for answering a concurrent duplicate delivery). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isRecorded(String eventId) {
        return em.find(PaymentEvent.class, eventId) != null;
    }

    public Outcome apply(WebhookEvent event) {
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("an event has an id and a type");
        }
        PaymentEvent earlier = em.find(PaymentEvent.class, event.id());
        if (earlier != null) {
            return new Outcome(true, earlier.outcome());
        }
        Instant now = clock.instant();
        PaymentEvent claim =
                new PaymentEvent(event.id(), gateway.provider(), event.type(), event.intentId(), "claimed", now);
        em.persist(claim);
        em.flush();
        String outcome = take(event, now);
        claim.settle(outcome);
        LOG.fine(() -> "payment event " + event.id() + " " + event.type() + ": " + outcome);
        return new Outcome(false, outcome);
    }

    private String take(WebhookEvent event, Instant now) {
        if (!event.type().startsWith("payment_intent.") || event.intentId() == null) {
            return "ignored: " + event.type();
        }
        Payment payment = em.createNamedQuery(Payment.BY_REF, Payment.class)
                .setParameter("provider", gateway.provider())
                .setParameter("ref", event.intentId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (payment == null) {
            return "ignored: no order has payment intent " + event.intentId();
        }
        CustomerOrder order = em.find(CustomerOrder.class, payment.orderId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(payment);
        return switch (event.type()) {
            case "payment_intent.succeeded" -> succeeded(order, payment, event, now);
            case "payment_intent.payment_failed" ->
                payment.attemptFailed(event.failureMessage(), now)
                        ? "attempt failed; order " + order.number() + " still awaits payment"
                        : "ignored: payment already " + payment.status();
            case "payment_intent.canceled" -> canceled(order, payment, now);
            default -> "ignored: " + event.type();
        };
    }

    private String succeeded(CustomerOrder order, Payment payment, WebhookEvent event, Instant now) {
        if (payment.status().isFinal()) {
            return "ignored: payment already " + payment.status();
        }
        long received = event.amountReceivedFen() > 0 ? event.amountReceivedFen() : event.amountFen();
        String currency = event.currency() == null ? "" : event.currency();
        if (received != order.total().fen() || !currency.equalsIgnoreCase(payment.currency())) {
            payment.mismatched(received, currency, now);
            order.recordEvent(
                    ACTOR,
                    "online payment of " + received + " fen " + currency + " does not match the total; "
                            + "not taken as payment",
                    now);
            return "amount mismatch: " + payment.lastMessage();
        }
        String note = "paid online (" + payment.providerRef() + ")";
        switch (order.status()) {
            case AWAITING_PAYMENT -> {
                order.moveTo(OrderStatus.PAID, ACTOR, note, now);
                stock.sellAll(order.id(), ACTOR);
                payment.succeeded(received, now);
                return "order " + order.number() + " paid";
            }
            case EXPIRED -> {
                if (stock.reserveIfAvailable(order.id(), demands(order), ACTOR)) {
                    order.moveTo(OrderStatus.PAID, ACTOR, note + " after its hold lapsed; pieces held again", now);
                    stock.sellAll(order.id(), ACTOR);
                    payment.succeeded(received, now);
                    return "expired order " + order.number() + " paid; pieces held again";
                }
                return refundLate(order, payment, received, "the order had expired and its pieces are sold out", now);
            }
            case CANCELLED -> {
                return refundLate(order, payment, received, "the order was cancelled", now);
            }
            default -> {
                payment.succeeded(received, now);
                order.recordEvent(ACTOR, "online payment received while the order is " + order.status(), now);
                return "payment recorded; order " + order.number() + " was already " + order.status();
            }
        }
    }

    /**
     * Money for an order that can no longer be served goes straight back. The provider's call is made inside
     * this transaction with a key derived from the intent: when it fails, nothing is recorded (not even the
     * event), the webhook answers 503, and the provider's next delivery of the event tries again.
     */
    private String refundLate(CustomerOrder order, Payment payment, long received, String why, Instant now) {
        PaymentGateway.RefundReceipt refund =
                gateway.refund(payment.providerRef(), received, "longyuan-late-refund-" + payment.providerRef(), why);
        payment.lateRefunded(received, refund.id(), now);
        order.recordEvent(
                ACTOR, "online payment arrived but " + why + ": refunded automatically (" + refund.id() + ")", now);
        return "refunded automatically: " + why;
    }

    private String canceled(CustomerOrder order, Payment payment, Instant now) {
        if (!payment.canceled(now)) {
            return "ignored: payment already " + payment.status();
        }
        if (order.status() == OrderStatus.AWAITING_PAYMENT) {
            order.moveTo(OrderStatus.CANCELLED, ACTOR, "online payment cancelled", now);
            stock.releaseAll(order.id(), ACTOR, "order " + order.number() + " cancelled: online payment cancelled");
            return "order " + order.number() + " cancelled, stock released";
        }
        return "payment cancelled; order " + order.number() + " is " + order.status();
    }

    private static List<StockService.Demand> demands(CustomerOrder order) {
        List<StockService.Demand> demands = new ArrayList<>();
        int i = 0;
        for (OrderLine line : order.lines()) {
            demands.add(new StockService.Demand(i++, line.productId(), line.quantity()));
        }
        return demands;
    }

    /** Used by reconciliation and tests: the payment's status for an order, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentStatus statusOf(long orderId) {
        return em.createNamedQuery(Payment.OF_ORDER, Payment.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .map(Payment::status)
                .orElse(null);
    }
}
