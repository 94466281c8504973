package cn.longyuan.market.domain.model.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One of a broker's commission rates as federation staff set it (see {@link CommissionRate}). */
@Entity
@Table(name = "commission_rule")
@NamedQuery(
        name = CommissionRule.OF_BROKER,
        query = "select r from CommissionRule r where r.brokerId = :broker order by r.id")
public class CommissionRule {

    public static final String OF_BROKER = "CommissionRule.ofBroker";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "broker_id", nullable = false, updatable = false)
    private long brokerId;

    @Column(name = "cooperative_id", updatable = false)
    private Long cooperativeId;

    @Column(name = "product_id", updatable = false)
    private Long productId;

    @Column(name = "basis_points", nullable = false)
    private int basisPoints;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected CommissionRule() {
        // for JPA
    }

    public CommissionRule(long brokerId, CommissionRate rate, String actor, Instant at) {
        this.brokerId = brokerId;
        this.cooperativeId = rate.cooperativeId();
        this.productId = rate.productId();
        change(rate, actor, at);
    }

    /** A new percentage for the same thing. */
    public void change(CommissionRate rate, String actor, Instant at) {
        if (!rate.sameScopeAs(rate())) {
            throw new IllegalArgumentException("a rule keeps what it is for; make another rule for another thing");
        }
        this.basisPoints = rate.basisPoints();
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    public CommissionRate rate() {
        return new CommissionRate(cooperativeId, productId, basisPoints);
    }

    public Long id() {
        return id;
    }

    public long brokerId() {
        return brokerId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
