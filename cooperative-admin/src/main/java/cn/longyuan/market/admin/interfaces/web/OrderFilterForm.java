package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.backoffice.OrderFilter;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** The orders list's search and filters as typed: text, status, days placed, cooperative, product. */
public class OrderFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private OrderStatus status;
    private LocalDate from;
    private LocalDate to;
    private Long cooperativeId;
    private Long productId;

    /**
     * The filter typed; a wrong value is refused naming its field. The cooperative is read only where the page offers
     * its field ({@code cooperativeOffered}: federation staff's).
     */
    OrderFilter filter(boolean cooperativeOffered) {
        return OrderFilter.of(text, status, from, to, cooperativeOffered ? cooperativeId : null, productId);
    }

    /** Another cooperative chosen: its products are others, so none is chosen. */
    public void cooperativeChosen() {
        productId = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }
}
