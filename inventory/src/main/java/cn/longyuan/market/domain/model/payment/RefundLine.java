package cn.longyuan.market.domain.model.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How many pieces of one order line a refund gives back. */
@Entity
@Table(name = "refund_line")
public class RefundLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "refund_id")
    private Refund refund;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    private int quantity;

    /** Null for lines refunded before lines had their own choice (the refund's choice holds for them). */
    private Boolean restock;

    protected RefundLine() {
        // for JPA
    }

    RefundLine(Refund refund, int lineNo, long productId, int quantity, boolean restock) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a refunded line gives back at least one piece");
        }
        this.refund = refund;
        this.lineNo = lineNo;
        this.productId = productId;
        this.quantity = quantity;
        this.restock = restock;
    }

    public int lineNo() {
        return lineNo;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    Boolean restock() {
        return restock;
    }
}
