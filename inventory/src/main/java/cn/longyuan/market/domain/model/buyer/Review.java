package cn.longyuan.market.domain.model.buyer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A buyer's review of a product she received: a rating from 1 to 5 and a plain text. One per product per
 * order (a second purchase may be reviewed again); who may write one is decided by {@code Reviews}.
 */
@Entity
@Table(name = "review")
@NamedQuery(
        name = Review.OF_PRODUCT,
        query = "select r from Review r where r.productId = :product order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = Review.EXISTS,
        query = "select count(r) from Review r where r.productId = :product and r.orderId = :order")
public class Review {

    public static final String OF_PRODUCT = "Review.ofProduct";
    public static final String EXISTS = "Review.exists";
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    private int rating;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Review() {
        // for JPA
    }

    public Review(long productId, long orderId, long accountId, int rating, String body, Instant createdAt) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("a rating is from 1 to 5");
        }
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a review has a text of at most " + MAX_LENGTH + " characters");
        }
        this.productId = productId;
        this.orderId = orderId;
        this.accountId = accountId;
        this.rating = rating;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public long orderId() {
        return orderId;
    }

    public long accountId() {
        return accountId;
    }

    public int rating() {
        return rating;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
