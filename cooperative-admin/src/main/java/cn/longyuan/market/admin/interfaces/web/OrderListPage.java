package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The orders list of {@code /admin/orders.xhtml}: the orders the user handles, newest first, one page at a time from
 * the database ({@link OrderRowsModel}). The search and filters ({@link OrderFilterForm}: status, days placed,
 * cooperative for federation staff, product; the choices from {@link ListChoices}) are applied with the button and
 * kept for the view.
 */
@Named
@ViewScoped
public class OrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "orderList";

    @Inject
    private BackOfficeNames names;

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private BackOfficeUser user;

    private final OrderFilterForm filter = new OrderFilterForm();
    /** The filter the table shows: the last one applied that was right. */
    private OrderFilter applied = OrderFilter.ANY;

    private final OrderRowsModel model =
            new OrderRowsModel((first, size) -> orders.filtered(user.actor(), applied, first, size));

    /** Applies the typed filter; a wrong one is shown next to its field and the table keeps the last right one. */
    public void apply() {
        try {
            applied = filter.filter(user.isFederation());
            Tables.firstPage(FORM + ":orders");
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
    }

    public OrderFilterForm getFilter() {
        return filter;
    }

    public OrderRowsModel getModel() {
        return model;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    /** The order's parts as one text, for the exports: "cooperative: status; …". */
    public String partsText(OrderRow order) {
        return order.partsText(names::cooperative, true);
    }
}
