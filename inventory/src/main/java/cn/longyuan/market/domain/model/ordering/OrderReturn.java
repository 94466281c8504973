package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Pieces a buyer sent back after delivery, and what the cooperative did with them. */
@Entity
@Table(name = "order_return")
public class OrderReturn {

    /** Back into stock for sale again, or written off (damaged, used). */
    public enum Disposition {
        RESTOCK,
        WRITE_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition disposition;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected OrderReturn() {
        // for JPA
    }

    public OrderReturn(
            long orderId,
            long cooperativeId,
            long productId,
            long locationId,
            int quantity,
            Disposition disposition,
            String reason,
            String actor,
            Instant occurredAt) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a return takes back at least one piece");
        }
        this.orderId = orderId;
        this.cooperativeId = cooperativeId;
        this.productId = productId;
        this.locationId = locationId;
        this.quantity = quantity;
        this.disposition = disposition;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public long productId() {
        return productId;
    }

    public long locationId() {
        return locationId;
    }

    public int quantity() {
        return quantity;
    }

    public Disposition disposition() {
        return disposition;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
