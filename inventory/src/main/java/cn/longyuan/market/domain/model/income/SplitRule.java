package cn.longyuan.market.domain.model.income;

/**
 * Shares of a sale in basis points (1/100 of a percent, so 70.00 % is 7000): the artisan's and the broker's;
 * the cooperative keeps what is left.
 */
public record SplitRule(int artisanBasisPoints, int brokerBasisPoints) {

    /** What a cooperative that has set no rule of its own applies: 70 % to the maker, 5 % to a broker. */
    public static final SplitRule DEFAULT = new SplitRule(7000, 500);

    public SplitRule {
        if (artisanBasisPoints < 0 || brokerBasisPoints < 0 || artisanBasisPoints + brokerBasisPoints > 10_000) {
            throw new IllegalArgumentException("shares are at least 0 and together at most 100 %: artisan "
                    + artisanBasisPoints + ", broker " + brokerBasisPoints + " basis points");
        }
    }

    public int cooperativeBasisPoints() {
        return 10_000 - artisanBasisPoints - brokerBasisPoints;
    }
}
