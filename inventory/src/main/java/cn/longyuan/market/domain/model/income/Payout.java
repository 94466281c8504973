package cn.longyuan.market.domain.model.income;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Money a cooperative paid to an artisan against her income balance. A fact: it does not change. */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Column(name = "artisan_id", nullable = false)
    private long artisanId;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "amount_fen"))
    private Money amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payout() {
        // for JPA
    }

    public Payout(
            long cooperativeId,
            long artisanId,
            Money amount,
            LocalDate paidOn,
            String reference,
            String recordedBy,
            Instant recordedAt) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payout pays something");
        }
        this.cooperativeId = cooperativeId;
        this.artisanId = artisanId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public long artisanId() {
        return artisanId;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
