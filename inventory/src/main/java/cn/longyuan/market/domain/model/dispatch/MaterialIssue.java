package cn.longyuan.market.domain.model.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Materials handed to an artisan for a task (silk thread, cloth, mugwort…): what, how much, when, by whom. A fact. */
@Entity
@Table(name = "work_material")
public class MaterialIssue {

    public static final int MAX_MATERIAL = 200;
    public static final int MAX_UNIT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private long taskId;

    @Column(nullable = false, updatable = false)
    private String material;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected MaterialIssue() {
        // for JPA
    }

    public MaterialIssue(
            long taskId, String material, BigDecimal amount, String unit, String issuedBy, Instant issuedAt) {
        if (material == null || material.isBlank() || material.strip().length() > MAX_MATERIAL) {
            throw new TaskRuleException("material", "required, at most " + MAX_MATERIAL + " characters");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
            throw new TaskRuleException("amount", "more than 0, at most 2 decimals");
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > MAX_UNIT) {
            throw new TaskRuleException("unit", "required, at most " + MAX_UNIT + " characters");
        }
        this.taskId = taskId;
        this.material = material.strip();
        this.amount = amount;
        this.unit = unit.strip();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public Long id() {
        return id;
    }

    public long taskId() {
        return taskId;
    }

    public String material() {
        return material;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
