package cn.longyuan.market.domain.model.income;

import cn.longyuan.market.domain.model.shared.Money;

/**
 * A sale divided into the artisan's share, the broker's commission and the cooperative's share. The artisan's
 * and the broker's shares are rounded down to the fen; the cooperative keeps the rest, so the three always add
 * up to the sale exactly, whatever the percentages.
 */
public record IncomeSplit(Money sale, Money artisan, Money cooperative, Money broker) {

    public IncomeSplit {
        if (artisan.plus(cooperative).plus(broker).compareTo(sale) != 0) {
            throw new IllegalArgumentException("the shares of a sale add up to the sale");
        }
    }

    /**
     * Splits a sale by a rule. With no broker on the order the broker's part is the cooperative's; with no
     * artisan to trace the pieces to, the artisan's part is the cooperative's too.
     */
    public static IncomeSplit of(Money sale, SplitRule rule, boolean hasBroker, boolean hasArtisan) {
        long artisan = hasArtisan ? floorShare(sale.fen(), rule.artisanBasisPoints()) : 0;
        long broker = hasBroker ? floorShare(sale.fen(), rule.brokerBasisPoints()) : 0;
        long cooperative = sale.fen() - artisan - broker;
        return new IncomeSplit(sale, Money.ofFen(artisan), Money.ofFen(cooperative), Money.ofFen(broker));
    }

    /**
     * Splits a sale when the order's broker may have a commission rate of her own ({@code brokerBasisPoints},
     * from the federation's commission rules): her rate then replaces the cooperative's broker share. The
     * artisan's share comes first and is never reduced: the broker's share is at most what is left after it.
     * Both are rounded down to the fen and the cooperative keeps the rest, so the shares add up to the sale.
     */
    public static IncomeSplit of(
            Money sale,
            SplitRule rule,
            java.util.OptionalInt brokerBasisPoints,
            boolean hasBroker,
            boolean hasArtisan) {
        if (brokerBasisPoints.isEmpty() || !hasBroker) {
            return of(sale, rule, hasBroker, hasArtisan);
        }
        int basisPoints = brokerBasisPoints.getAsInt();
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a commission is from 0 to 10000 basis points: " + basisPoints);
        }
        long artisan = hasArtisan ? floorShare(sale.fen(), rule.artisanBasisPoints()) : 0;
        long broker = Math.min(floorShare(sale.fen(), basisPoints), sale.fen() - artisan);
        long cooperative = sale.fen() - artisan - broker;
        return new IncomeSplit(sale, Money.ofFen(artisan), Money.ofFen(cooperative), Money.ofFen(broker));
    }

    /**
     * What one piece sold at {@code price} gives each under the rule, as the ledger splits a sale of it: the maker's
     * share, the broker's (when a broker handled the order; without one it stays with the cooperative), and the
     * cooperative's, which is the rest. A broker's own commission rate, where the federation set one, may take the
     * place of the rule's broker share; the maker's share is never reduced by it.
     */
    public static IncomeSplit ofOnePiece(Money price, SplitRule rule) {
        return of(price, rule, true, true);
    }

    private static long floorShare(long fen, int basisPoints) {
        return Math.multiplyExact(fen, (long) basisPoints) / 10_000L;
    }
}
