package cn.longyuan.market.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One picture of a product's gallery, at its place in the order the cooperative shows them. Immutable: a new
 * photo is a new row, so that an image address never changes what it shows (and can be cached for a year).
 */
@Entity
@Table(name = "product_image")
@NamedQuery(
        name = ProductImage.OF_PRODUCT,
        query = "select i from ProductImage i where i.productId = :product order by i.sortOrder")
public class ProductImage {

    public static final String OF_PRODUCT = "ProductImage.ofProduct";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String url;

    protected ProductImage() {
        // for JPA
    }

    public ProductImage(long productId, int sortOrder, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("an image has an address");
        }
        this.productId = productId;
        this.sortOrder = sortOrder;
        this.url = url;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String url() {
        return url;
    }
}
