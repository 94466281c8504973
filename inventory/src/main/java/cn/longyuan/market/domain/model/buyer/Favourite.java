package cn.longyuan.market.domain.model.buyer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A product a buyer keeps an eye on (the heart on the product page). Never changed: added or removed. */
@Entity
@Table(name = "favourite")
@NamedQuery(
        name = Favourite.OF_ACCOUNT,
        query = "select f from Favourite f where f.accountId = :account order by f.createdAt desc, f.id desc")
@NamedQuery(
        name = Favourite.ONE,
        query = "select f from Favourite f where f.accountId = :account and f.productId = :product")
public class Favourite {

    public static final String OF_ACCOUNT = "Favourite.ofAccount";
    public static final String ONE = "Favourite.one";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Favourite() {
        // for JPA
    }

    public Favourite(long accountId, long productId, Instant createdAt) {
        this.accountId = accountId;
        this.productId = productId;
        this.createdAt = createdAt;
    }

    public long productId() {
        return productId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
