package cn.longyuan.market.domain.model.brokerage;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Which month of a broker's commission ledger an entry counts in. An entry counts in the month it was written
 * (in China's time) — unless that month was already settled for the broker when it was written (a reversal of
 * a settled sale, or a late entry): then it is carried into the first month after the last settled one, so a
 * settled month's total never changes.
 */
public final class CommissionMonth {

    private CommissionMonth() {}

    /**
     * The month an entry not yet settled counts in.
     *
     * @param written      the month the entry was written
     * @param lastSettled  the broker's latest settled month, or null when none is
     */
    public static YearMonth of(YearMonth written, YearMonth lastSettled) {
        if (lastSettled != null && !written.isAfter(lastSettled)) {
            return lastSettled.plusMonths(1);
        }
        return written;
    }

    /** A signed amount in fen as a decimal with two places: "-12.30" (commission totals may fall below zero). */
    public static String decimal(long signedFen) {
        return BigDecimal.valueOf(signedFen, 2).toPlainString();
    }
}
