package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.application.payment.Refunds;
import java.io.Serializable;
import java.util.Locale;

/**
 * One order line in the refund form: what was ordered at which price, how many were refunded so far and how many may
 * still be (both as {@link Refunds} counts them), and what the user enters: how many now, back to stock or not.
 */
public final class RefundRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int lineNo;
    private final String product;
    private final int ordered;
    private final String unitPrice;
    private int refunded;
    private int refundable;
    private Integer quantity = 0;
    private boolean restock = true;

    RefundRow(Refunds.LineLeft left, Locale locale) {
        this.lineNo = left.line().lineNo();
        this.product = left.line().name().in(locale);
        this.ordered = left.line().quantity();
        this.unitPrice = left.line().unitPrice().toDecimalString();
    }

    /** The counts read again (after a refund or a refusal); what the user entered stays. */
    void update(Refunds.LineLeft left) {
        refunded = left.refunded();
        refundable = left.refundable();
    }

    /** "Refund all": every refundable piece of the line. */
    void fillAll() {
        quantity = refundable;
    }

    Refunds.Request request() {
        return new Refunds.Request(lineNo, null, quantity == null ? Integer.valueOf(0) : quantity, restock);
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getProduct() {
        return product;
    }

    public int getOrdered() {
        return ordered;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public int getRefunded() {
        return refunded;
    }

    public int getRefundable() {
        return refundable;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public boolean isRestock() {
        return restock;
    }

    public void setRestock(boolean restock) {
        this.restock = restock;
    }
}
