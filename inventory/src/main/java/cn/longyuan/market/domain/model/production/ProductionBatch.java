package cn.longyuan.market.domain.model.production;

import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.training.Artisan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * N pieces of one product made by one artisan on a date (生产批次). It puts stock into one of her
 * cooperative's places and links every piece sold back to her and to the training behind her skill.
 * A recorded batch is never deleted: a wrong count is corrected ({@link #correctTo}) and a batch that should not have
 * been recorded is voided ({@link #voidNow}); the stock ledger holds the compensating rows, and the batch keeps the
 * pieces it was first recorded with.
 */
@Entity
@Table(name = "production_batch")
@NamedQuery(
        name = ProductionBatch.BY_TRACE_CODE,
        query =
                "select b from ProductionBatch b join fetch b.product p join fetch b.artisan a where b.traceCode = :code")
@NamedQuery(
        name = ProductionBatch.MAKERS_OF_PRODUCT,
        query = "select distinct b.artisan from ProductionBatch b where b.product.id = :product")
public class ProductionBatch {

    /** The most pieces one batch may record; a product's low-stock threshold is bounded by it too. */
    public static final int MAX_PIECES = 10_000;

    public static final String BY_TRACE_CODE = "ProductionBatch.byTraceCode";
    public static final String MAKERS_OF_PRODUCT = "ProductionBatch.makersOfProduct";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artisan_id")
    private Artisan artisan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    private Location location;

    private int quantity;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "trace_code", nullable = false, updatable = false)
    private String traceCode;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    /** The pieces first recorded, once the batch was corrected or voided (null: never changed, {@link #quantity}). */
    @Column(name = "recorded_quantity")
    private Integer recordedQuantity;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    protected ProductionBatch() {
        // for JPA
    }

    public ProductionBatch(
            Product product,
            Artisan artisan,
            Location location,
            int quantity,
            LocalDate madeOn,
            TraceCode traceCode,
            Instant recordedAt,
            String recordedBy) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a batch has at least one piece");
        }
        if (!artisan.cooperative().id().equals(product.cooperative().id())) {
            throw new IllegalArgumentException("the artisan is not a member of the product's cooperative");
        }
        if (!location.belongsTo(product.cooperative())) {
            throw new IllegalArgumentException("the place does not belong to the product's cooperative");
        }
        this.product = product;
        this.artisan = artisan;
        this.location = location;
        this.quantity = quantity;
        this.madeOn = madeOn;
        this.traceCode = traceCode.value();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public Artisan artisan() {
        return artisan;
    }

    public Location location() {
        return location;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public int recordedQuantity() {
        return recordedQuantity == null ? quantity : recordedQuantity;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    /**
     * Why the batch cannot hold {@code newQuantity} pieces, or empty: a voided batch changes no more, a count is at
     * least 1 (void the batch to take every piece out), and pieces already sold ({@code soldPieces}, as the income
     * ledger traced them) cannot be un-made.
     */
    public java.util.Optional<String> whyNotCorrectableTo(int newQuantity, int soldPieces) {
        if (isVoided()) {
            return java.util.Optional.of("the batch is void");
        }
        if (newQuantity < 1) {
            return java.util.Optional.of("at least 1 (void the batch to take every piece out)");
        }
        if (newQuantity == quantity) {
            return java.util.Optional.of("the batch holds " + quantity + " pieces already");
        }
        if (newQuantity < soldPieces) {
            return java.util.Optional.of("at least " + soldPieces + ": " + soldPieces + " pieces of it are sold");
        }
        return java.util.Optional.empty();
    }

    /** The batch holds {@code newQuantity} pieces from now on. */
    public void correctTo(int newQuantity, int soldPieces) {
        whyNotCorrectableTo(newQuantity, soldPieces).ifPresent(why -> {
            throw new IllegalStateException("batch " + id + ": " + why);
        });
        if (recordedQuantity == null) {
            recordedQuantity = quantity;
        }
        quantity = newQuantity;
    }

    /** Pieces a void takes out of stock: those not sold. */
    public int unsold(int soldPieces) {
        return Math.max(0, quantity - soldPieces);
    }

    /**
     * Marks the batch void: its unsold pieces leave stock (the caller writes the ledger rows); the sold ones stay
     * sold and traced to it, so it holds just those from now on.
     */
    public void voidNow(int soldPieces, Instant at, String by) {
        if (isVoided()) {
            throw new IllegalStateException("batch " + id + " is void already");
        }
        if (recordedQuantity == null) {
            recordedQuantity = quantity;
        }
        quantity = Math.min(quantity, soldPieces);
        voidedAt = at;
        voidedBy = by;
    }

    public TraceCode traceCode() {
        return new TraceCode(traceCode);
    }
}
