package cn.longyuan.market.domain.model.income;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A cooperative's rule for splitting its sales, for all its products or (product set) for one of them. */
@Entity
@Table(name = "income_rule")
public class IncomeRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "artisan_bp", nullable = false)
    private int artisanBasisPoints;

    @Column(name = "broker_bp", nullable = false)
    private int brokerBasisPoints;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected IncomeRule() {
        // for JPA
    }

    public IncomeRule(long cooperativeId, Long productId, SplitRule rule, String actor, Instant at) {
        this.cooperativeId = cooperativeId;
        this.productId = productId;
        change(rule, actor, at);
    }

    public void change(SplitRule rule, String actor, Instant at) {
        this.artisanBasisPoints = rule.artisanBasisPoints();
        this.brokerBasisPoints = rule.brokerBasisPoints();
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    public SplitRule rule() {
        return new SplitRule(artisanBasisPoints, brokerBasisPoints);
    }

    public Long id() {
        return id;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public Long productId() {
        return productId;
    }

    public long version() {
        return version;
    }
}
