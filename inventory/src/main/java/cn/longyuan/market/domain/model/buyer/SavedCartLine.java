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

/** One product and how many of it in a registered buyer's cart, kept between her visits. */
@Entity
@Table(name = "saved_cart")
@NamedQuery(
        name = SavedCartLine.OF_ACCOUNT,
        query = "select l from SavedCartLine l where l.accountId = :account order by l.id")
public class SavedCartLine {

    public static final String OF_ACCOUNT = "SavedCartLine.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    private int quantity;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedCartLine() {
        // for JPA
    }

    public SavedCartLine(long accountId, long productId, int quantity, Instant at) {
        this.accountId = accountId;
        this.productId = productId;
        changeTo(quantity, at);
    }

    public void changeTo(int quantity, Instant at) {
        if (quantity < 1) {
            throw new IllegalArgumentException("a cart line holds at least one piece");
        }
        this.quantity = quantity;
        this.updatedAt = at;
    }

    public long accountId() {
        return accountId;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }
}
