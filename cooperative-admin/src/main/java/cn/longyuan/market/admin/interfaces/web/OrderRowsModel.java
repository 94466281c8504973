package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import java.io.Serializable;

/** A table of orders (the orders list, the desk's lists): one page at a time from the database, newest first. */
public class OrderRowsModel extends PagedRowsModel<OrderRow> {

    private static final long serialVersionUID = 1L;

    /** Rows {@code first} to {@code first + size} of the orders the table shows, and how many there are. */
    @FunctionalInterface
    public interface Orders extends Serializable {
        BackOfficeOrders.OrderPage rows(int first, int size);
    }

    public OrderRowsModel(Orders orders) {
        super(
                (first, size) -> {
                    BackOfficeOrders.OrderPage page = orders.rows(first, size);
                    return new Rows<>(page.items().stream().map(OrderRow::of).toList(), page.total());
                },
                OrderRow::number);
    }
}
