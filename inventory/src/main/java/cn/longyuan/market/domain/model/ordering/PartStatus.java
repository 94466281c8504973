package cn.longyuan.market.domain.model.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * One cooperative's part of an order: PENDING → PACKED → SHIPPED → DELIVERED, or CANCELLED, RETURNED, or REFUNDED when
 * every piece of it was refunded before it shipped (nothing is left to pack).
 */
public enum PartStatus {
    PENDING,
    PACKED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    RETURNED,
    REFUNDED;

    /** Whether the part still needs the cooperative's hands (to pack or ship). */
    public boolean isOpenWork() {
        return this == PENDING || this == PACKED;
    }

    /** Whether the part has left the cooperative, to the buyer (shipped, or delivered) and not come back. */
    public boolean hasLeft() {
        return this == SHIPPED || this == DELIVERED;
    }

    public Set<PartStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PACKED, SHIPPED, CANCELLED, REFUNDED);
            case PACKED -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED, REFUNDED -> EnumSet.noneOf(PartStatus.class);
        };
    }
}
