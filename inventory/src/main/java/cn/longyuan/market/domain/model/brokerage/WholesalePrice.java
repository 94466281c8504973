package cn.longyuan.market.domain.model.brokerage;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A wholesale price tier of a product: from {@code minQuantity} pieces in one quote, this unit price. */
@Entity
@Table(name = "wholesale_price")
@NamedQuery(
        name = WholesalePrice.OF_PRODUCTS,
        query = "select w from WholesalePrice w where w.productId in :products order by w.productId, w.minQuantity")
public class WholesalePrice {

    public static final String OF_PRODUCTS = "WholesalePrice.ofProducts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "unit_price_fen"))
    private Money unitPrice;

    protected WholesalePrice() {
        // for JPA
    }

    public WholesalePrice(long productId, int minQuantity, Money unitPrice) {
        if (minQuantity < 2) {
            throw new IllegalArgumentException("a wholesale tier starts at 2 pieces or more");
        }
        if (unitPrice.isZero()) {
            throw new IllegalArgumentException("a wholesale price is more than nothing");
        }
        this.productId = productId;
        this.minQuantity = minQuantity;
        this.unitPrice = unitPrice;
    }

    public long productId() {
        return productId;
    }

    public int minQuantity() {
        return minQuantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }
}
