package cn.longyuan.market.domain.model.income;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the income ledger: pieces of one product of one order, sold from one production batch (and so
 * made by one artisan), and how their price was split. A fact: a return or a cancellation after payment is a
 * new REVERSAL row, never an edit. A PIECE_RATE row is money earned at a piece rate for checked piecework (no order,
 * no sale: its "sale" is the piece-rate amount, all of it the artisan's).
 */
@Entity
@Table(name = "income_entry")
public class IncomeEntry {

    /**
     * What a row means, and so how it counts: the one reading of the ledger's signs (its SQL form is
     * {@code application.income.SignedIncome}, written from these).
     */
    public enum Kind {
        /** Pieces sold: they count as sold, and their shares as earned. */
        SALE(1, 1),
        /** Pieces of a sale taken back (a return, a cancellation after payment): both count negative. */
        REVERSAL(-1, -1),
        /** Pay at a piece rate for checked piecework: money earned, but no piece sold. */
        PIECE_RATE(0, 1);

        private final int saleSign;
        private final int earningSign;

        Kind(int saleSign, int earningSign) {
            this.saleSign = saleSign;
            this.earningSign = earningSign;
        }

        /** For its pieces and their sale value: 1 when they count as sold, -1 when taken back, 0 when none was sold. */
        public int saleSign() {
            return saleSign;
        }

        /** For its shares (the artisan's, the cooperative's, the broker's): 1 when earned, -1 when taken back. */
        public int earningSign() {
            return earningSign;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Column(name = "artisan_id")
    private Long artisanId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "broker_id")
    private Long brokerId;

    private int quantity;

    @Column(name = "sale_fen", nullable = false)
    private long saleFen;

    @Column(name = "artisan_fen", nullable = false)
    private long artisanFen;

    @Column(name = "cooperative_fen", nullable = false)
    private long cooperativeFen;

    @Column(name = "broker_fen", nullable = false)
    private long brokerFen;

    private boolean restocked;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected IncomeEntry() {
        // for JPA
    }

    /** Where pieces came from: the order, product, place, and the batch and maker when known. */
    public record Source(
            long cooperativeId,
            Long orderId,
            long productId,
            long locationId,
            Long batchId,
            Long artisanId,
            Long brokerId) {}

    private IncomeEntry(
            Kind kind, Source source, int quantity, IncomeSplit split, boolean restocked, String actor, Instant at) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("an income entry counts at least one piece");
        }
        if (source.artisanId() == null && !split.artisan().isZero()) {
            throw new IllegalArgumentException("an artisan's share needs an artisan");
        }
        this.kind = kind;
        this.cooperativeId = source.cooperativeId();
        this.orderId = source.orderId();
        this.productId = source.productId();
        this.locationId = source.locationId();
        this.batchId = source.batchId();
        this.artisanId = source.artisanId();
        this.brokerId = source.brokerId();
        this.quantity = quantity;
        this.saleFen = split.sale().fen();
        this.artisanFen = split.artisan().fen();
        this.cooperativeFen = split.cooperative().fen();
        this.brokerFen = split.broker().fen();
        this.restocked = restocked;
        this.actor = actor;
        this.occurredAt = at;
    }

    public static IncomeEntry sale(Source source, int quantity, IncomeSplit split, String actor, Instant at) {
        return new IncomeEntry(Kind.SALE, source, quantity, split, false, actor, at);
    }

    /**
     * Pieces checked and accepted from piecework, paid at the piece rate: the whole amount is the artisan's.
     * The source names no order (the pieces were made for stock), but the batch they became.
     */
    public static IncomeEntry pieceRate(
            long cooperativeId,
            long productId,
            long locationId,
            long batchId,
            long artisanId,
            Long brokerId,
            int pieces,
            Money rate,
            String actor,
            Instant at) {
        Money amount = rate.times(pieces);
        if (amount.isZero()) {
            throw new IllegalArgumentException("a piece rate is more than nothing");
        }
        return new IncomeEntry(
                Kind.PIECE_RATE,
                new Source(cooperativeId, null, productId, locationId, batchId, artisanId, brokerId),
                pieces,
                new IncomeSplit(amount, amount, Money.ZERO, Money.ZERO),
                false,
                actor,
                at);
    }

    /** Takes back (part of) a sale; the split is the sale's own, in proportion, so the ledger nets to zero. */
    public IncomeEntry reverse(int pieces, boolean restock, String actor, Instant at) {
        if (kind != Kind.SALE || pieces <= 0 || pieces > quantity) {
            throw new IllegalArgumentException("a reversal takes back 1 to " + quantity + " pieces of a sale");
        }
        IncomeSplit part = pieces == quantity
                ? split()
                : new IncomeSplit(
                        Money.ofFen(saleFen * pieces / quantity),
                        Money.ofFen(artisanFen * pieces / quantity),
                        Money.ofFen(saleFen * pieces / quantity
                                - artisanFen * pieces / quantity
                                - brokerFen * pieces / quantity),
                        Money.ofFen(brokerFen * pieces / quantity));
        IncomeEntry reversal = new IncomeEntry(
                Kind.REVERSAL,
                new Source(cooperativeId, orderId, productId, locationId, batchId, artisanId, brokerId),
                pieces,
                part,
                restock,
                actor,
                at);
        reversal.reversesId = id;
        return reversal;
    }

    public IncomeSplit split() {
        return new IncomeSplit(
                Money.ofFen(saleFen), Money.ofFen(artisanFen), Money.ofFen(cooperativeFen), Money.ofFen(brokerFen));
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public Long artisanId() {
        return artisanId;
    }

    public Long batchId() {
        return batchId;
    }

    /** The order whose sale this is; null for a piece-rate entry. */
    public Long orderId() {
        return orderId;
    }

    public long productId() {
        return productId;
    }

    public long locationId() {
        return locationId;
    }

    public Long brokerId() {
        return brokerId;
    }

    public int quantity() {
        return quantity;
    }

    public boolean restocked() {
        return restocked;
    }

    public Long reversesId() {
        return reversesId;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The artisan's share with its sign in the ledger: a sale or a piece rate adds, a reversal takes away. */
    public long signedArtisanFen() {
        return kind.earningSign() * artisanFen;
    }

    /** The pieces with their sign: sold pieces add, pieces taken back subtract, piecework sold none. */
    public int signedPieces() {
        return kind.saleSign() * quantity;
    }

    /** The sale value with its sign; a piece-rate entry sold nothing. */
    public long signedSaleFen() {
        return kind.saleSign() * saleFen;
    }
}
