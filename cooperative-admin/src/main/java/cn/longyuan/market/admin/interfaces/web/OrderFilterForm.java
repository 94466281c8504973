package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.domain.model.ordering.OrderStatus;

/** The orders list's search and filters as typed: text, status, days placed, cooperative, product. */
public class OrderFilterForm extends ListFilterForm {

    private static final long serialVersionUID = 1L;

    private OrderStatus status;

    /**
     * The filter typed; a wrong value is refused naming its field. The cooperative is read only where the page offers
     * its field ({@code cooperativeOffered}: federation staff's).
     */
    OrderFilter filter(boolean cooperativeOffered) {
        return OrderFilter.of(
                getText(), status, getFrom(), getTo(), cooperativeOffered ? getCooperativeId() : null, getProductId());
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }
}
