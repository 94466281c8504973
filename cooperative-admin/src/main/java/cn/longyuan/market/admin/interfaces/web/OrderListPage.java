package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.BackOfficeOrders;
import cn.longyuan.market.application.backoffice.OrderFilter;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;

/**
 * The orders list of {@code /admin/orders.xhtml}: the orders the user handles, newest first, one page at a time from
 * the database ({@link OrderRowsModel}). The search and filters ({@link OrderFilterForm}: status, days placed,
 * cooperative for federation staff, product) are applied with the button and kept for the view.
 */
@Named
@ViewScoped
public class OrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "orderList:orders";

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ChainReport report;

    @Inject
    private BackOfficeUser user;

    private final OrderFilterForm filter = new OrderFilterForm();
    /** The filter the table shows: the last one applied that was right. */
    private OrderFilter applied = OrderFilter.ANY;

    private final OrderRowsModel model =
            new OrderRowsModel((first, size) -> orders.filtered(user.actor(), applied, first, size));
    private transient List<Choice> cooperatives;
    private transient List<Choice> products;
    private transient Long productsOf;

    /** Applies the typed filter; a wrong one is shown next to its field and the table keeps the last right one. */
    public void apply() {
        try {
            applied = filter.filter(user.isFederation());
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
                table.setFirst(0);
            }
        } catch (RequestRefusedException e) {
            Refusals.show(e, "orderList");
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

    /** A cooperative or a product to choose, by id (the type of the field it fills). */
    public record Choice(Long id, String name) {}

    /** The cooperatives federation staff filter by (nobody else chooses one), read once for the view. */
    public List<Choice> getCooperatives() {
        if (cooperatives == null) {
            cooperatives = user.isFederation()
                    ? report.cooperatives().stream()
                            .map(c -> new Choice(
                                    Long.valueOf(c.value()), c.label().zh()))
                            .toList()
                    : List.of();
        }
        return cooperatives;
    }

    /** A manager's products; federation staff's of the cooperative chosen; read again when the choice changes. */
    public List<Choice> getProducts() {
        if (products == null || !Objects.equals(productsOf, filter.getCooperativeId())) {
            productsOf = filter.getCooperativeId();
            products = orders.productChoices(user.actor(), productsOf).stream()
                    .map(p -> new Choice(p.id(), p.name().zh()))
                    .toList();
        }
        return products;
    }

    /** The order's parts as one text, for the exports: "cooperative: status; …". */
    public String partsText(OrderRow order) {
        return order.parts().stream()
                .map(p -> cooperativeName(p.cooperativeId()) + ": " + PageMessages.text("part." + p.status()))
                .collect(Collectors.joining("; "));
    }

    public String cooperativeName(long id) {
        return catalog.cooperativeName(id).zh();
    }
}
