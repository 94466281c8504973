package cn.longyuan.market.domain.model.payment;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Money given back to a buyer for some pieces of an order (or all of it): through the provider for an online
 * payment, recorded for an offline one. Whether the pieces went back to stock is kept with it.
 */
@Entity
@Table(name = "refund")
@NamedQuery(name = Refund.OF_ORDER, query = "select r from Refund r where r.orderId = :order order by r.seq")
@NamedQuery(name = Refund.ALL, query = "select r from Refund r order by r.createdAt desc, r.id desc")
public class Refund {

    public static final String OF_ORDER = "Refund.ofOrder";
    public static final String ALL = "Refund.all";

    /** Pieces of one order line given back, and whether they went back to stock (else written off). */
    public record Piece(int lineNo, long productId, int quantity, boolean restock) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    /** 1 for an order's first refund, 2 for its second…: part of the provider's idempotency key. */
    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(nullable = false, updatable = false)
    private boolean restock;

    private String reason;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "refund", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<RefundLine> lines = new ArrayList<>();

    protected Refund() {
        // for JPA
    }

    public Refund(
            long orderId,
            int seq,
            Money amount,
            List<Piece> pieces,
            boolean restock,
            String reason,
            String providerRef,
            String actor,
            Instant at) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("a refund gives back some money");
        }
        this.orderId = orderId;
        this.seq = seq;
        this.amountFen = amount.fen();
        this.restock = pieces.isEmpty() ? restock : pieces.stream().allMatch(Piece::restock);
        this.reason = reason;
        this.providerRef = providerRef;
        this.actor = actor;
        this.createdAt = at;
        for (Piece piece : pieces) {
            lines.add(new RefundLine(this, piece.lineNo(), piece.productId(), piece.quantity(), piece.restock()));
        }
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public int seq() {
        return seq;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    /** Whether every refunded piece went back to stock. */
    public boolean restock() {
        return restock;
    }

    public String reason() {
        return reason;
    }

    public String providerRef() {
        return providerRef;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Piece> pieces() {
        return Collections.unmodifiableList(lines.stream()
                .map(l ->
                        new Piece(l.lineNo(), l.productId(), l.quantity(), l.restock() == null ? restock : l.restock()))
                .toList());
    }
}
