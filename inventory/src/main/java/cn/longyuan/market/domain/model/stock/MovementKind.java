package cn.longyuan.market.domain.model.stock;

/**
 * Why stock changed. Each kind fixes which way on-hand and reserved may move, so that a ledger row cannot
 * claim to be a sale and add stock.
 */
public enum MovementKind {
    /** pieces made: on hand up */
    PRODUCED,
    /** held for an unpaid order: reserved up */
    RESERVED,
    /** a hold given back (expired, cancelled, payment failed): reserved down */
    RELEASED,
    /** a held piece sold: on hand and reserved down together */
    SOLD,
    /** counted, damaged, found: on hand up or down, with a reason */
    ADJUSTED,
    /** moved between two places of a cooperative: on hand down at one, up at the other */
    TRANSFERRED,
    /** a sold piece came back into stock: on hand up */
    RETURNED;

    public void check(int onHandDelta, int reservedDelta) {
        boolean valid = switch (this) {
            case PRODUCED, RETURNED -> onHandDelta > 0 && reservedDelta == 0;
            case RESERVED -> onHandDelta == 0 && reservedDelta > 0;
            case RELEASED -> onHandDelta == 0 && reservedDelta < 0;
            case SOLD -> onHandDelta < 0 && reservedDelta == onHandDelta;
            case ADJUSTED, TRANSFERRED -> onHandDelta != 0 && reservedDelta == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException(
                    this + " cannot change on hand by " + onHandDelta + " and reserved by " + reservedDelta);
        }
    }
}
