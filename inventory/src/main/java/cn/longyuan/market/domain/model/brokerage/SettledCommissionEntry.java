package cn.longyuan.market.domain.model.brokerage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An income entry taken by a broker's monthly settlement; an entry is settled at most once (it is the key). */
@Entity
@Table(name = "commission_settled_entry")
public class SettledCommissionEntry {

    @Id
    @Column(name = "income_entry_id")
    private Long incomeEntryId;

    @Column(name = "settlement_id", nullable = false, updatable = false)
    private long settlementId;

    protected SettledCommissionEntry() {
        // for JPA
    }

    public Long incomeEntryId() {
        return incomeEntryId;
    }

    public long settlementId() {
        return settlementId;
    }
}
