package cn.longyuan.market.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Chinese yuan held in fen (1/100 yuan), never in floating point.
 * <p>
 * The platform sells in CNY only, so the currency is not stored per amount. Parsing accepts at most two
 * decimal places: "128.5" is 128.50, "128.505" is refused rather than rounded, because a price or a
 * payment that silently changes is worse than an error.
 */
@Embeddable
public final class Money implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final Money ZERO = new Money(0);
    /** Large enough for any order; small enough that a sum of a few thousand never overflows a long. */
    public static final long MAX_FEN = 100_000_000_000L;

    @Column(name = "amount_fen")
    private long fen;

    protected Money() {
        // for JPA
    }

    private Money(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + fen + " fen");
        }
        if (fen > MAX_FEN) {
            throw new IllegalArgumentException("an amount cannot exceed " + MAX_FEN / 100 + " yuan");
        }
        this.fen = fen;
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /** Parses "128", "128.5" or "128.50"; refuses more than two decimal places. */
    public static Money parse(String decimal) {
        Objects.requireNonNull(decimal, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: " + decimal);
        }
        return of(value);
    }

    /**
     * The amount of a decimal number of yuan; refuses more than two decimal places, a negative amount and one over
     * the maximum. The size is checked before anything is computed from the number: "1e999999999" is a few bytes of
     * input, but written out or rescaled it is a billion digits.
     */
    public static Money of(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + value);
        }
        if (value.signum() > 0 && value.precision() - value.scale() > 12) {
            throw new IllegalArgumentException("an amount cannot exceed " + MAX_FEN / 100 + " yuan");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimal places: " + value);
        }
        if (plain.compareTo(BigDecimal.valueOf(MAX_FEN, 2)) > 0) {
            throw new IllegalArgumentException("an amount cannot exceed " + MAX_FEN / 100 + " yuan");
        }
        return new Money(
                plain.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public long fen() {
        return fen;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity cannot be negative: " + quantity);
        }
        return new Money(Math.multiplyExact(fen, (long) quantity));
    }

    /**
     * The share of this amount given in basis points (1/100 of a percent), rounded half up to the fen.
     * Shares of a sale (artisan, cooperative, broker) are agreed in percentages with two decimals.
     */
    public Money share(int basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a share is between 0 and 10000 basis points: " + basisPoints);
        }
        return new Money(BigDecimal.valueOf(fen)
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** The amount as the API and the pages show it: "128.00". */
    public String toDecimalString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + CURRENCY;
    }
}
