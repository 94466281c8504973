package cn.longyuan.market.domain.model.income;

import java.math.BigDecimal;

/**
 * Shares of a sale in basis points (1/100 of a percent, so 70.00 % is 7000): the artisan's and the broker's;
 * the cooperative keeps what is left.
 */
public record SplitRule(int artisanBasisPoints, int brokerBasisPoints) {

    /** What a cooperative that has set no rule of its own applies: 70 % to the maker, 5 % to a broker. */
    public static final SplitRule DEFAULT = new SplitRule(7000, 500);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SplitRule {
        if (artisanBasisPoints < 0 || brokerBasisPoints < 0 || artisanBasisPoints + brokerBasisPoints > 10_000) {
            throw new IllegalArgumentException("shares are at least 0 and together at most 100 %: artisan "
                    + artisanBasisPoints + ", broker " + brokerBasisPoints + " basis points");
        }
    }

    /**
     * One share given in percent, as people write it (70.25 is 7025 basis points): from 0 to 100 with at most two
     * decimals, anything else is no share.
     */
    public static int basisPointsOf(BigDecimal percent) {
        if (!isShare(percent)) {
            throw new IllegalArgumentException("a share is from 0 to 100 % with at most two decimals: " + percent);
        }
        return percent.movePointRight(2).intValueExact();
    }

    /** Whether {@code percent} can be one share (see {@link #basisPointsOf}); the two together are checked apart. */
    public static boolean isShare(BigDecimal percent) {
        return percent != null
                && percent.signum() >= 0
                && percent.compareTo(HUNDRED) <= 0
                && percent.stripTrailingZeros().scale() <= 2;
    }

    public int cooperativeBasisPoints() {
        return 10_000 - artisanBasisPoints - brokerBasisPoints;
    }

    /** The artisan's share in percent with two decimals (7000 basis points are 70.00). */
    public BigDecimal artisanPercent() {
        return BigDecimal.valueOf(artisanBasisPoints, 2);
    }

    /** The broker's share in percent with two decimals. */
    public BigDecimal brokerPercent() {
        return BigDecimal.valueOf(brokerBasisPoints, 2);
    }

    /** The cooperative's share in percent with two decimals: what the artisan's and the broker's leave. */
    public BigDecimal cooperativePercent() {
        return BigDecimal.valueOf(cooperativeBasisPoints(), 2);
    }
}
