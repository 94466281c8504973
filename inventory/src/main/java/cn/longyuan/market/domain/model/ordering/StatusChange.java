package cn.longyuan.market.domain.model.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an order's status history: the order's or one part's status changed, by whom, when. */
@Entity
@Table(name = "order_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    /** Set when a part (of this cooperative) changed; null for the order's own status. */
    @Column(name = "cooperative_id")
    private Long cooperativeId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status", nullable = false)
    private String toStatus;

    @Column(nullable = false)
    private String actor;

    private String note;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(
            CustomerOrder order,
            Long cooperativeId,
            String fromStatus,
            String toStatus,
            String actor,
            String note,
            Instant occurredAt) {
        this.order = order;
        this.cooperativeId = cooperativeId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public Long cooperativeId() {
        return cooperativeId;
    }

    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
