package cn.longyuan.market.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the audit trail: who read or changed what, and when. Written, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            String actor, String action, String subjectType, long subjectId, String detail, Instant occurredAt) {
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    /** What changed, "before → after", or null for a read. */
    public String detail() {
        return detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
