package cn.longyuan.market.domain.model.brokerage;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product of a quote: how many, its list price and the unit price quoted (both kept as they were). */
@Entity
@Table(name = "quote_line")
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "list_price_fen"))
    private Money listPrice;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "unit_price_fen"))
    private Money unitPrice;

    protected QuoteLine() {
        // for JPA
    }

    QuoteLine(Quote quote, int lineNo, Quote.Draft draft) {
        if (draft.quantity() <= 0) {
            throw new IllegalArgumentException("a quote line has at least one piece");
        }
        this.quote = quote;
        this.lineNo = lineNo;
        this.productId = draft.productId();
        this.quantity = draft.quantity();
        this.listPrice = draft.listPrice();
        this.unitPrice = draft.unitPrice();
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
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

    public Money listPrice() {
        return listPrice;
    }

    public Money unitPrice() {
        return unitPrice;
    }
}
