package cn.longyuan.market.admin.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the back office's lists are searched and filtered by, as typed: a text, days from/to, a cooperative and one of
 * its products. Each list's form adds its own fields (a status, a broker, an artisan…).
 */
public class ListFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private LocalDate from;
    private LocalDate to;
    private Long cooperativeId;
    private Long productId;

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
