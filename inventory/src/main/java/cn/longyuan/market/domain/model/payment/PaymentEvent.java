package cn.longyuan.market.domain.model.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A provider's webhook event, claimed by its id in the same transaction as its effect: a repeated delivery
 * finds it and changes nothing.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String type;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PaymentEvent() {
        // for JPA
    }

    public PaymentEvent(
            String eventId, String provider, String type, String providerRef, String outcome, Instant receivedAt) {
        this.eventId = eventId;
        this.provider = provider;
        this.type = type;
        this.providerRef = providerRef;
        this.outcome = outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
        this.receivedAt = receivedAt;
    }

    /** What the event did, once that is known (it is claimed before its effect). */
    public void settle(String outcome) {
        this.outcome = outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String outcome() {
        return outcome;
    }
}
