package cn.longyuan.market.domain.model.dispatch;

/** ASSIGNED → IN_PROGRESS (materials issued) → RETURNED (every piece checked); ASSIGNED or IN_PROGRESS → CANCELLED. */
public enum TaskStatus {
    ASSIGNED,
    IN_PROGRESS,
    RETURNED,
    CANCELLED;

    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }

    /** Pieces come back only from work that has begun (its materials issued) and is not finished. */
    public boolean takesReturns() {
        return this == IN_PROGRESS;
    }
}
