package cn.longyuan.market.domain.model.payment;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An order's online payment: the provider's PaymentIntent made for it, the amount asked (the order's own
 * total, never a figure from the browser) and what the provider's events have said since.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.OF_ORDER, query = "select p from Payment p where p.orderId = :order")
@NamedQuery(
        name = Payment.BY_REF,
        query = "select p from Payment p where p.provider = :provider and p.providerRef = :ref")
@NamedQuery(name = Payment.ALL, query = "select p from Payment p order by p.createdAt desc, p.id desc")
public class Payment {

    public static final String OF_ORDER = "Payment.ofOrder";
    public static final String BY_REF = "Payment.byRef";
    public static final String ALL = "Payment.all";
    public static final String STRIPE = "STRIPE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "provider_ref", nullable = false, updatable = false)
    private String providerRef;

    @Column(name = "client_secret")
    private String clientSecret;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    /** What the provider says it received, once it did. */
    @Column(name = "received_fen")
    private Long receivedFen;

    @Column(name = "last_message")
    private String lastMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    public Payment(
            long orderId,
            String provider,
            String providerRef,
            String clientSecret,
            Money amount,
            String currency,
            Instant at) {
        this.orderId = orderId;
        this.provider = provider;
        this.providerRef = providerRef;
        this.clientSecret = clientSecret;
        this.amountFen = amount.fen();
        this.currency = currency;
        this.status = PaymentStatus.CREATED;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** An attempt failed; the buyer may try again, unless the payment has already reached an end. */
    public boolean attemptFailed(String message, Instant at) {
        if (status.isFinal()) {
            return false;
        }
        return change(PaymentStatus.FAILED, message, at);
    }

    public boolean succeeded(long receivedFen, Instant at) {
        this.receivedFen = receivedFen;
        return change(PaymentStatus.SUCCEEDED, "paid", at);
    }

    public boolean mismatched(long receivedFen, String currency, Instant at) {
        this.receivedFen = receivedFen;
        return change(
                PaymentStatus.MISMATCH,
                "received " + Money.ofFen(receivedFen).toDecimalString() + " "
                        + currency.toUpperCase() + ", " + Money.ofFen(amountFen).toDecimalString() + " "
                        + this.currency.toUpperCase() + " due",
                at);
    }

    public boolean canceled(Instant at) {
        if (status.isFinal()) {
            return false;
        }
        return change(PaymentStatus.CANCELED, "cancelled", at);
    }

    public boolean lateRefunded(long receivedFen, String refundRef, Instant at) {
        this.receivedFen = receivedFen;
        return change(PaymentStatus.LATE_REFUNDED, "refunded automatically: " + refundRef, at);
    }

    public void note(String message, Instant at) {
        this.lastMessage = cut(message);
        this.updatedAt = at;
    }

    private boolean change(PaymentStatus next, String message, Instant at) {
        boolean changed = status != next;
        status = next;
        lastMessage = cut(message);
        updatedAt = at;
        return changed;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public String provider() {
        return provider;
    }

    public String providerRef() {
        return providerRef;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public Money received() {
        return receivedFen == null ? null : Money.ofFen(receivedFen);
    }

    public String lastMessage() {
        return lastMessage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
