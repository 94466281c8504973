package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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

/** One product in an order, with the name and unit price it had when the order was placed. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    /** A line as the buyer asked for it, priced from the product at that moment. */
    public record Draft(long productId, long cooperativeId, BilingualText name, int quantity, Money unitPrice) {
        public Draft {
            if (quantity <= 0) {
                throw new IllegalArgumentException("a line has at least one piece");
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private BilingualText name;

    private int quantity;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "unit_price_fen"))
    private Money unitPrice;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(CustomerOrder order, int lineNo, Draft draft) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = draft.productId();
        this.cooperativeId = draft.cooperativeId();
        this.name = draft.name();
        this.quantity = draft.quantity();
        this.unitPrice = draft.unitPrice();
    }

    public int lineNo() {
        return lineNo;
    }

    public long productId() {
        return productId;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public BilingualText name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
