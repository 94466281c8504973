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
 * A recorded batch is a fact and does not change; corrections are stock adjustments.
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

    public TraceCode traceCode() {
        return new TraceCode(traceCode);
    }
}
