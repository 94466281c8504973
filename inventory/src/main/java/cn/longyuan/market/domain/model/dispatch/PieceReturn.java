package cn.longyuan.market.domain.model.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Pieces of a task handed back and checked: how many accepted (and the batch they became), how many rejected and why. */
@Entity
@Table(name = "work_return")
public class PieceReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private long taskId;

    @Column(nullable = false, updatable = false)
    private int accepted;

    @Column(nullable = false, updatable = false)
    private int rejected;

    @Column(name = "reject_reason", updatable = false)
    private String rejectReason;

    @Column(name = "batch_id", updatable = false)
    private Long batchId;

    @Column(name = "income_entry_id", updatable = false)
    private Long incomeEntryId;

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    protected PieceReturn() {
        // for JPA
    }

    public PieceReturn(
            long taskId,
            int accepted,
            int rejected,
            String rejectReason,
            Long batchId,
            Long incomeEntryId,
            String checkedBy,
            Instant checkedAt) {
        this.taskId = taskId;
        this.accepted = accepted;
        this.rejected = rejected;
        this.rejectReason = rejectReason == null || rejectReason.isBlank() ? null : rejectReason.strip();
        this.batchId = batchId;
        this.incomeEntryId = incomeEntryId;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public Long id() {
        return id;
    }

    public long taskId() {
        return taskId;
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public Long batchId() {
        return batchId;
    }

    public Long incomeEntryId() {
        return incomeEntryId;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
