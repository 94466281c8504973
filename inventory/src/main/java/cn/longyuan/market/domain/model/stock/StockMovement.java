package cn.longyuan.market.domain.model.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the stock ledger: how on-hand and reserved changed at one place, why, and who did it. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(name = "on_hand_delta", nullable = false)
    private int onHandDelta;

    @Column(name = "reserved_delta", nullable = false)
    private int reservedDelta;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "batch_id")
    private Long batchId;

    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StockMovement() {
        // for JPA
    }

    public StockMovement(
            long productId,
            long locationId,
            MovementKind kind,
            int onHandDelta,
            int reservedDelta,
            Long orderId,
            Long batchId,
            String reason,
            String actor,
            Instant occurredAt) {
        kind.check(onHandDelta, reservedDelta);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every stock movement names who made it");
        }
        this.productId = productId;
        this.locationId = locationId;
        this.kind = kind;
        this.onHandDelta = onHandDelta;
        this.reservedDelta = reservedDelta;
        this.orderId = orderId;
        this.batchId = batchId;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public long locationId() {
        return locationId;
    }

    public MovementKind kind() {
        return kind;
    }

    public int onHandDelta() {
        return onHandDelta;
    }

    public int reservedDelta() {
        return reservedDelta;
    }

    public Long orderId() {
        return orderId;
    }

    public Long batchId() {
        return batchId;
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
