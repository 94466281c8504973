package cn.longyuan.market.domain.model.buyer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A buyer's request for a piece none of which is in stock: to have pieces made for her, or a word when it is back.
 * It reaches the back office of the product's cooperative, which contacts her and marks it answered. She need not
 * have an account: her name and a phone or an e-mail address are how the cooperative reaches her (they are hers,
 * shown to that cooperative and federation staff only).
 */
@Entity
@Table(name = "buyer_request")
public class BuyerRequest {

    public enum Kind {
        /** pieces made for her: a quantity, perhaps a date she wishes them by */
        MADE_TO_ORDER,
        /** a word when the piece is in stock again */
        BACK_IN_STOCK
    }

    public enum Status {
        OPEN,
        ANSWERED
    }

    public static final int MAX_QUANTITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(updatable = false)
    private Integer quantity;

    @Column(name = "wished_by", updatable = false)
    private LocalDate wishedBy;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_phone", updatable = false)
    private String contactPhone;

    @Column(name = "contact_email", updatable = false)
    private String contactEmail;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected BuyerRequest() {
        // for JPA
    }

    /** The fields as checked by the service that takes the request; here only what would make the row wrong. */
    public BuyerRequest(
            Kind kind,
            long productId,
            long cooperativeId,
            Integer quantity,
            LocalDate wishedBy,
            String contactName,
            String contactPhone,
            String contactEmail,
            String note,
            String language,
            Instant createdAt) {
        if (kind == Kind.MADE_TO_ORDER && (quantity == null || quantity < 1 || quantity > MAX_QUANTITY)) {
            throw new IllegalArgumentException("pieces made to order: from 1 to " + MAX_QUANTITY);
        }
        if (contactPhone == null && contactEmail == null) {
            throw new IllegalArgumentException("a request says how to reach the buyer");
        }
        this.kind = kind;
        this.productId = productId;
        this.cooperativeId = cooperativeId;
        this.quantity = kind == Kind.MADE_TO_ORDER ? quantity : null;
        this.wishedBy = kind == Kind.MADE_TO_ORDER ? wishedBy : null;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.note = note;
        this.language = language;
        this.createdAt = createdAt;
    }

    /** The cooperative has contacted her; answering twice keeps the first answer. */
    public void answer(String by, Instant at) {
        if (status == Status.ANSWERED) {
            return;
        }
        status = Status.ANSWERED;
        answeredBy = by;
        answeredAt = at;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public long productId() {
        return productId;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public Integer quantity() {
        return quantity;
    }

    public LocalDate wishedBy() {
        return wishedBy;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String note() {
        return note;
    }

    public String language() {
        return language;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
