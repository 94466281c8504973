package cn.longyuan.market.domain.model.brokerage;

/**
 * A quote's life: OPEN (sent to the buyer, valid until its date) → ACCEPTED (the buyer said yes; the pieces may
 * still have to be made) → ORDERED (the order was placed from it, at the quoted prices); or DECLINED. An OPEN
 * quote past its date counts as expired: it can no longer be accepted.
 */
public enum QuoteStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    ORDERED;

    /** The buyer said yes (and may have ordered): the quoted pieces may be given out as piecework. */
    public boolean isDispatchable() {
        return this == ACCEPTED || this == ORDERED;
    }
}
