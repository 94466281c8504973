package cn.longyuan.market.domain.model.brokerage;

import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A wholesale quote a broker makes for a buyer who asked for a quantity (a tourist shop's 200 sachets, a
 * company's gift order): the products, quantities, unit prices at the time of quoting, and how long it holds.
 */
@Entity
@Table(name = "quote")
@NamedQuery(name = Quote.BY_NUMBER, query = "select q from Quote q where q.number = :number")
public class Quote {

    public static final String BY_NUMBER = "Quote.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "broker_id", nullable = false, updatable = false)
    private long brokerId;

    @Column(name = "customer_name", nullable = false)
    private String customerName;

    @Column(name = "customer_phone", nullable = false)
    private String customerPhone;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "wanted_by")
    private LocalDate wantedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "order_id")
    private Long orderId;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<QuoteLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Quote() {
        // for JPA
    }

    public record Customer(String name, String phone, String email) {}

    public record Draft(long productId, int quantity, Money listPrice, Money unitPrice) {}

    public Quote(
            String number,
            long brokerId,
            Customer customer,
            LocalDate wantedBy,
            LocalDate validUntil,
            List<Draft> drafts,
            Instant createdAt) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one line");
        }
        this.number = number;
        this.brokerId = brokerId;
        this.customerName = customer.name();
        this.customerPhone = customer.phone();
        this.customerEmail = customer.email();
        this.wantedBy = wantedBy;
        this.validUntil = validUntil;
        this.createdAt = createdAt;
        this.status = QuoteStatus.OPEN;
        int lineNo = 1;
        for (Draft draft : drafts) {
            lines.add(new QuoteLine(this, lineNo++, draft));
        }
    }

    /** An open quote past its last valid day (in the buyer's calendar) can no longer be accepted. */
    public boolean isExpired(LocalDate today) {
        return status == QuoteStatus.OPEN && today.isAfter(validUntil);
    }

    public void accept(LocalDate today, Instant at) {
        if (status != QuoteStatus.OPEN) {
            throw new InvalidTransitionException("Quote " + number + " is " + status + " and cannot be accepted.");
        }
        if (isExpired(today)) {
            throw new InvalidTransitionException("Quote " + number + " expired on " + validUntil + "; make a new one.");
        }
        status = QuoteStatus.ACCEPTED;
        decidedAt = at;
    }

    public void decline(LocalDate today, Instant at) {
        if (status != QuoteStatus.OPEN) {
            throw new InvalidTransitionException("Quote " + number + " is " + status + " and cannot be declined.");
        }
        if (isExpired(today)) {
            throw new InvalidTransitionException(
                    "Quote " + number + " expired on " + validUntil + "; it needs no answer.");
        }
        status = QuoteStatus.DECLINED;
        decidedAt = at;
    }

    /** The order placed from the accepted quote, at its prices. */
    public void ordered(long orderId) {
        if (status != QuoteStatus.ACCEPTED) {
            throw new InvalidTransitionException(
                    "Quote " + number + " is " + status + "; only an accepted quote becomes an order.");
        }
        this.status = QuoteStatus.ORDERED;
        this.orderId = orderId;
    }

    public Money total() {
        return lines.stream().map(QuoteLine::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long brokerId() {
        return brokerId;
    }

    public String customerName() {
        return customerName;
    }

    public String customerPhone() {
        return customerPhone;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public LocalDate wantedBy() {
        return wantedBy;
    }

    public QuoteStatus status() {
        return status;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long orderId() {
        return orderId;
    }

    public List<QuoteLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public long version() {
        return version;
    }
}
