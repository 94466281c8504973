package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The Idempotency-Key a client sent with an order: the same key and the same request answer the same
 * order, as it was answered the first time; the same key with another request is refused.
 */
@Entity
@Table(name = "order_idempotency")
public class OrderIdempotency {

    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    /** Null only inside the transaction that places the order: the key is written first, as a lock. */
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "initial_status")
    private String initialStatus;

    /** Kept so that a replay can answer the token the first answer carried. */
    @Column(name = "access_token")
    private String accessToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrderIdempotency() {
        // for JPA
    }

    /**
     * Claims the key. Written and flushed before any stock is touched, so that a concurrent request with the
     * same key waits on the database's unique index instead of reserving stock a second time.
     */
    public OrderIdempotency(String key, String requestHash, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    /** Ties the key to the order it produced, as first answered. */
    public void answeredWith(CustomerOrder order, String accessToken) {
        this.orderId = order.id();
        this.initialStatus = order.status().name();
        this.accessToken = accessToken;
    }

    public boolean isAnswered() {
        return orderId != null;
    }

    public boolean isFor(String otherRequestHash) {
        return requestHash.equals(otherRequestHash);
    }

    public long orderId() {
        return orderId;
    }

    public OrderStatus initialStatus() {
        return OrderStatus.valueOf(initialStatus);
    }

    public String accessToken() {
        return accessToken;
    }
}
