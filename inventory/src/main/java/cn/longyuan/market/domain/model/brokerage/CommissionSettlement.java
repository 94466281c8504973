package cn.longyuan.market.domain.model.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A month of a broker's commissions closed by federation staff: the commission entries it took (each at most
 * once, kept in {@code commission_settled_entry}) and their total. A fact, never changed once written: a
 * reversal that comes after it falls into a later month.
 */
@Entity
@Table(name = "commission_settlement")
@NamedQuery(
        name = CommissionSettlement.OF_BROKER,
        query = "select s from CommissionSettlement s where s.brokerId = :broker order by s.month desc")
public class CommissionSettlement {

    public static final String OF_BROKER = "CommissionSettlement.ofBroker";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "broker_id", nullable = false, updatable = false)
    private long brokerId;

    @Column(name = "settled_month", nullable = false, updatable = false)
    private String month;

    @Column(name = "total_fen", nullable = false)
    private long totalFen;

    @Column(nullable = false)
    private int entries;

    @Column(name = "settled_by", nullable = false, updatable = false)
    private String settledBy;

    @Column(name = "settled_at", nullable = false, updatable = false)
    private Instant settledAt;

    protected CommissionSettlement() {
        // for JPA
    }

    public CommissionSettlement(long brokerId, YearMonth month, String settledBy, Instant settledAt) {
        this.brokerId = brokerId;
        this.month = month.toString();
        this.settledBy = settledBy;
        this.settledAt = settledAt;
    }

    /**
     * Records what the settlement took, once, in the transaction that created it: the entries are attached to
     * the settlement first and the total is summed from them, so it is the total of exactly those entries.
     */
    public void recordTotal(long totalFen, int entries) {
        if (this.entries != 0) {
            throw new IllegalStateException("a settlement's total is written once");
        }
        if (entries <= 0) {
            throw new IllegalArgumentException("a settlement takes at least one entry");
        }
        this.totalFen = totalFen;
        this.entries = entries;
    }

    public Long id() {
        return id;
    }

    public long brokerId() {
        return brokerId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    /** Sales' commissions less reversals', in fen: below zero when a month held only reversals. */
    public long totalFen() {
        return totalFen;
    }

    public int entries() {
        return entries;
    }

    public String settledBy() {
        return settledBy;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
