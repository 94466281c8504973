package cn.longyuan.market.domain.model.stock;

/**
 * Pieces of a product at one place: on hand, and how many of those are held for unpaid orders. Read-only
 * here: the row behind it is changed only by StockService, always together with a ledger row.
 */
public record StockLevel(long productId, long locationId, int onHand, int reserved) {

    public StockLevel {
        if (onHand < 0 || reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException("impossible stock level: on hand " + onHand + ", reserved " + reserved);
        }
    }

    /** Whole pieces a buyer can take now. */
    public int available() {
        return onHand - reserved;
    }
}
