package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.backoffice.BackOfficeOrders;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The orders list's table: one page of orders at a time from the database, newest first, as the service answers
 * them for the filter applied; an export (page size 0) holds every row up to {@link #MAX_EXPORT}.
 */
public class OrderRowsModel extends LazyDataModel<OrderRow> {

    private static final long serialVersionUID = 1L;
    /** The most rows an export holds. */
    public static final int MAX_EXPORT = 10_000;

    /** Rows {@code first} to {@code first + size} of the orders the table shows, and how many there are. */
    @FunctionalInterface
    public interface Orders extends Serializable {
        BackOfficeOrders.OrderPage rows(int first, int size);
    }

    private final Orders orders;

    public OrderRowsModel(Orders orders) {
        this.orders = orders;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rowCount(orders.rows(0, 1));
    }

    @Override
    public List<OrderRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        BackOfficeOrders.OrderPage page =
                orders.rows(first, pageSize <= 0 ? MAX_EXPORT : Math.min(pageSize, MAX_EXPORT));
        setRowCount(rowCount(page));
        return page.items().stream().map(OrderRow::of).toList();
    }

    private static int rowCount(BackOfficeOrders.OrderPage page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public String getRowKey(OrderRow order) {
        return order.number();
    }

    @Override
    public OrderRow getRowData(String rowKey) {
        return null;
    }
}
