package cn.longyuan.market.domain.model.brokerage;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A broker's commission in basis points (1/100 of a percent: 8.50 % is 850) of the value of what she sells, for
 * everything (no cooperative, no product), for one cooperative's products, or for one product (which names its
 * cooperative too). Of a broker's rates, the most specific one that applies to a sale decides her share of it.
 */
public record CommissionRate(Long cooperativeId, Long productId, int basisPoints) {

    public static final int WHOLE = 10_000;

    public CommissionRate {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw new IllegalArgumentException("a commission is from 0 to 10000 basis points: " + basisPoints);
        }
        if (productId != null && cooperativeId == null) {
            throw new IllegalArgumentException("a product's commission names the product's cooperative");
        }
    }

    public static CommissionRate forEverything(int basisPoints) {
        return new CommissionRate(null, null, basisPoints);
    }

    public static CommissionRate forCooperative(long cooperativeId, int basisPoints) {
        return new CommissionRate(cooperativeId, null, basisPoints);
    }

    public static CommissionRate forProduct(long cooperativeId, long productId, int basisPoints) {
        return new CommissionRate(cooperativeId, productId, basisPoints);
    }

    /**
     * A percent as people write it (8.5 for 8.50 %) in basis points; a percent is from 0 to 100 with at most two
     * decimals, anything else is no rate.
     */
    public static Optional<Integer> basisPointsOfPercent(java.math.BigDecimal percent) {
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(java.math.BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return Optional.of(percent.movePointRight(2).intValueExact());
    }

    /** The basis points as a percent with two decimals (850 is 8.50), as the rates form shows it. */
    public java.math.BigDecimal percentDecimal() {
        return java.math.BigDecimal.valueOf(basisPoints, 2);
    }

    /** 2 for a product's rate, 1 for a cooperative's, 0 for the rate for everything. */
    public int specificity() {
        return productId != null ? 2 : cooperativeId != null ? 1 : 0;
    }

    /** Whether this rate covers a sale of the product of the cooperative. */
    public boolean appliesTo(long cooperative, long product) {
        return (cooperativeId == null || cooperativeId == cooperative) && (productId == null || productId == product);
    }

    /** Whether two rates are for the same thing (a broker has at most one rate per thing). */
    public boolean sameScopeAs(CommissionRate other) {
        return java.util.Objects.equals(cooperativeId, other.cooperativeId)
                && java.util.Objects.equals(productId, other.productId);
    }

    /** The rate that decides a sale of the product of the cooperative: the most specific that applies, if any. */
    public static Optional<CommissionRate> mostSpecific(
            Collection<CommissionRate> rates, long cooperative, long product) {
        return rates.stream()
                .filter(r -> r.appliesTo(cooperative, product))
                .max(Comparator.comparingInt(CommissionRate::specificity));
    }

    /** The percentage as people write it, "8.5" for 850 basis points (exact, no floating point). */
    public String percent() {
        return new java.math.BigDecimal(basisPoints)
                .movePointLeft(2)
                .stripTrailingZeros()
                .toPlainString();
    }
}
