package cn.longyuan.market.domain.model.ordering;

import java.util.EnumSet;
import java.util.Set;

/** One cooperative's part of an order: PENDING → PACKED → SHIPPED → DELIVERED, or CANCELLED, RETURNED. */
public enum PartStatus {
    PENDING, PACKED, SHIPPED, DELIVERED, CANCELLED, RETURNED;

    public Set<PartStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PACKED, SHIPPED, CANCELLED);
            case PACKED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED -> EnumSet.noneOf(PartStatus.class);
        };
    }
}
