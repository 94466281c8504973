package cn.longyuan.market.domain.model.dispatch;

import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Part of a work order given to one artisan: so many pieces of a product (one of her cooperative's) at a piece
 * rate, by a day. Materials issued set it in progress; pieces come back in one or more returns, each checked
 * into accepted and rejected pieces, never more than are still out; when none are out it is RETURNED.
 */
@Entity
@Table(name = "work_task")
public class WorkTask {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private long workOrderId;

    @Column(name = "artisan_id", nullable = false, updatable = false)
    private long artisanId;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "piece_rate_fen", nullable = false, updatable = false)
    private long pieceRateFen;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    private int accepted;

    private int rejected;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected WorkTask() {
        // for JPA
    }

    public WorkTask(
            long workOrderId,
            long artisanId,
            long cooperativeId,
            long productId,
            int quantity,
            Money pieceRate,
            LocalDate dueOn,
            String assignedBy,
            Instant assignedAt) {
        if (quantity < 1) {
            throw new TaskRuleException("quantity", "at least 1 piece");
        }
        if (pieceRate == null || pieceRate.isZero() || pieceRate.fen() < 0) {
            throw new TaskRuleException("pieceRate", "more than 0.00");
        }
        if (dueOn == null) {
            throw new TaskRuleException("dueOn", "required");
        }
        this.workOrderId = workOrderId;
        this.artisanId = artisanId;
        this.cooperativeId = cooperativeId;
        this.productId = productId;
        this.quantity = quantity;
        this.pieceRateFen = pieceRate.fen();
        this.dueOn = dueOn;
        this.status = TaskStatus.ASSIGNED;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Materials were handed to her: the work has begun. More materials later change nothing else. */
    public void materialsIssued() {
        if (!status.isOpen()) {
            throw new InvalidTransitionException("Task " + id + " is " + status + "; no more materials can be issued.");
        }
        status = TaskStatus.IN_PROGRESS;
    }

    /**
     * Pieces handed back and checked. Only a task in progress takes a return; accepted + rejected is at least one
     * and at most the pieces still out; rejected pieces need a reason.
     */
    public void piecesReturned(int acceptedNow, int rejectedNow, String reason) {
        if (!status.takesReturns()) {
            throw new InvalidTransitionException("Task " + id + " is " + status
                    + (status == TaskStatus.ASSIGNED
                            ? "; issue its materials before pieces come back."
                            : "; it takes no more pieces."));
        }
        if (acceptedNow < 0) {
            throw new TaskRuleException("accepted", "0 or more");
        }
        if (rejectedNow < 0) {
            throw new TaskRuleException("rejected", "0 or more");
        }
        if (acceptedNow + rejectedNow == 0) {
            throw new TaskRuleException("accepted", "a return counts at least one piece");
        }
        if (acceptedNow + rejectedNow > outstanding()) {
            throw new TaskRuleException(
                    "accepted", "accepted + rejected is at most the " + outstanding() + " pieces still out");
        }
        if (rejectedNow > 0 && (reason == null || reason.isBlank())) {
            throw new TaskRuleException("rejectReason", "say why pieces were rejected");
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new TaskRuleException("rejectReason", "at most " + MAX_REASON + " characters");
        }
        accepted += acceptedNow;
        rejected += rejectedNow;
        if (outstanding() == 0) {
            status = TaskStatus.RETURNED;
        }
    }

    /** The work is called off; pieces already returned stay counted. */
    public void cancel(String reason) {
        if (!status.isOpen()) {
            throw new InvalidTransitionException("Task " + id + " is " + status + " and cannot be cancelled.");
        }
        if (reason == null || reason.isBlank()) {
            throw new TaskRuleException("reason", "say why the task is cancelled");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new TaskRuleException("reason", "at most " + MAX_REASON + " characters");
        }
        cancelReason = reason.strip();
        status = TaskStatus.CANCELLED;
    }

    /** Pieces given out and not yet returned (none once the task is closed). */
    public int outstanding() {
        return status.isOpen() ? quantity - accepted - rejected : 0;
    }

    /** Pieces of the work order this task still stands for: accepted ones and those still out. */
    public int piecesCovered() {
        return accepted + outstanding();
    }

    public Money pieceRate() {
        return Money.ofFen(pieceRateFen);
    }

    /** What her accepted pieces earned her. */
    public Money earned() {
        return pieceRate().times(accepted);
    }

    public Long id() {
        return id;
    }

    public long workOrderId() {
        return workOrderId;
    }

    public long artisanId() {
        return artisanId;
    }

    public long cooperativeId() {
        return cooperativeId;
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

    public TaskStatus status() {
        return status;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }
}
