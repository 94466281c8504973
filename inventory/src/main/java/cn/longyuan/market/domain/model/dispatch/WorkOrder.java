package cn.longyuan.market.domain.model.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Pieces of a product to be made by hand, usually for an accepted wholesale quote: a broker's (she may give the
 * work to artisans of any cooperative) or a cooperative's own (its manager gives it to her members). The work
 * is split into {@link WorkTask}s.
 */
@Entity
@Table(name = "work_order")
@NamedQuery(name = WorkOrder.BY_NUMBER, query = "select w from WorkOrder w where w.number = :number")
public class WorkOrder {

    public static final String BY_NUMBER = "WorkOrder.byNumber";
    public static final int MAX_QUANTITY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "broker_id", updatable = false)
    private Long brokerId;

    @Column(name = "cooperative_id", updatable = false)
    private Long cooperativeId;

    @Column(name = "quote_id", updatable = false)
    private Long quoteId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    private int quantity;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WorkOrder() {
        // for JPA
    }

    private WorkOrder(
            String number,
            Long brokerId,
            Long cooperativeId,
            Long quoteId,
            long productId,
            int quantity,
            LocalDate dueOn,
            String createdBy,
            Instant createdAt) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new TaskRuleException("quantity", "from 1 to " + MAX_QUANTITY);
        }
        this.number = number;
        this.brokerId = brokerId;
        this.cooperativeId = cooperativeId;
        this.quoteId = quoteId;
        this.productId = productId;
        this.quantity = quantity;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A broker's work order, from one of her quotes (quoteId) or on its own (quoteId null). */
    public static WorkOrder ofBroker(
            String number,
            long brokerId,
            Long quoteId,
            long productId,
            int quantity,
            LocalDate dueOn,
            String createdBy,
            Instant at) {
        return new WorkOrder(number, brokerId, null, quoteId, productId, quantity, dueOn, createdBy, at);
    }

    /** A cooperative's own work order for its members. */
    public static WorkOrder ofCooperative(
            String number,
            long cooperativeId,
            long productId,
            int quantity,
            LocalDate dueOn,
            String createdBy,
            Instant at) {
        return new WorkOrder(number, null, cooperativeId, null, productId, quantity, dueOn, createdBy, at);
    }

    public boolean isBrokers(long accountId) {
        return brokerId != null && brokerId == accountId;
    }

    public boolean isCooperatives(long cooperative) {
        return cooperativeId != null && cooperativeId == cooperative;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Long brokerId() {
        return brokerId;
    }

    public Long cooperativeId() {
        return cooperativeId;
    }

    public Long quoteId() {
        return quoteId;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
